package dev.moviestack.contract.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The state of a movie at one version. Genres are labels from {@link Genre}; consumers
 * must tolerate labels they do not know yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MovieSnapshot(UUID id, String title, @Nullable String originalTitle, int releaseYear, Set<String> genres,
		@Nullable String overview, @Nullable Integer runtimeMinutes, ExternalIds externalIds, Instant createdAt,
		Instant updatedAt, long version) {

	/** Ids of the movie in other databases; each is optional and unique. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ExternalIds(@Nullable Long movieLens, @Nullable String imdb, @Nullable Long tmdb) {

		public static ExternalIds none() {
			return new ExternalIds(null, null, null);
		}

	}

}
