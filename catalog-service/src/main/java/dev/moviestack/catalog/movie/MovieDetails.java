package dev.moviestack.catalog.movie;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;

/**
 * Everything about a movie that a client writes: the input of create, update and import.
 * The web layer has validated it; {@link Movie} relies on that.
 */
public record MovieDetails(String title, @Nullable String originalTitle, int releaseYear, Set<Genre> genres,
		@Nullable String overview, @Nullable Integer runtimeMinutes, ExternalIds externalIds) {

	public MovieDetails {
		Objects.requireNonNull(title, "title");
		genres = Set.copyOf(genres);
		Objects.requireNonNull(externalIds, "externalIds");
	}

}
