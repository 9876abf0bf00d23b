package dev.moviestack.catalog.movie;

import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;

/**
 * Filters of a movie search; each is optional and they combine with AND.
 *
 * @param genre movies that have this genre
 * @param yearFrom released in or after this year
 * @param yearTo released in or before this year
 * @param titleContains case-insensitive part of the title
 */
public record MovieSearch(@Nullable Genre genre, @Nullable Integer yearFrom, @Nullable Integer yearTo,
		@Nullable String titleContains) {

	public static final MovieSearch ALL = new MovieSearch(null, null, null, null);

}
