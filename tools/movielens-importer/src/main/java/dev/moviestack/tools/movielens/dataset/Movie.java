package dev.moviestack.tools.movielens.dataset;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A movie as the catalog will store it.
 *
 * @param movieLensId MovieLens movieId
 * @param title display title, leading article restored ("The American President")
 * @param originalTitle the alternative title MovieLens gives in parentheses, if any
 * @param releaseYear year from the title (or, in ml-100k, from the release date)
 * @param genres catalog genre labels
 * @param imdb IMDb id such as {@code tt0114709}, from links.csv
 * @param tmdb TMDB id, from links.csv
 * @param origin the line in movies.csv (or movies.dat, u.item)
 */
public record Movie(long movieLensId, String title, @Nullable String originalTitle, int releaseYear,
		List<String> genres, @Nullable String imdb, @Nullable Long tmdb, Origin origin) {

	public Movie withLinks(@Nullable String imdb, @Nullable Long tmdb) {
		return new Movie(this.movieLensId, this.title, this.originalTitle, this.releaseYear, this.genres, imdb, tmdb,
				this.origin);
	}

}
