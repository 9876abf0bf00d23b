package dev.moviestack.catalog.movie;

import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.MovieSnapshot;

/**
 * Ids of a movie in other databases. Each is optional, and each belongs to at most one
 * movie.
 *
 * @param movieLens MovieLens {@code movieId}, positive
 * @param imdb IMDb title id such as {@code tt0114709}
 * @param tmdb The Movie Database id, positive
 */
@Embeddable
public record ExternalIds(@Column(name = "movielens_id") @Nullable Long movieLens,
		@Column(name = "imdb_id") @Nullable String imdb, @Column(name = "tmdb_id") @Nullable Long tmdb) {

	/** The format of an IMDb title id. */
	public static final String IMDB_FORMAT = "tt\\d{7,10}";

	private static final Pattern IMDB_PATTERN = Pattern.compile(IMDB_FORMAT);

	public static final ExternalIds NONE = new ExternalIds(null, null, null);

	public ExternalIds {
		if (movieLens != null && movieLens <= 0) {
			throw new IllegalArgumentException("MovieLens id must be positive: " + movieLens);
		}
		if (tmdb != null && tmdb <= 0) {
			throw new IllegalArgumentException("TMDB id must be positive: " + tmdb);
		}
		if (imdb != null && !isImdbId(imdb)) {
			throw new IllegalArgumentException("Not an IMDb title id: " + imdb);
		}
	}

	public static boolean isImdbId(String value) {
		return IMDB_PATTERN.matcher(value).matches();
	}

	public boolean isEmpty() {
		return this.movieLens == null && this.imdb == null && this.tmdb == null;
	}

	MovieSnapshot.ExternalIds toSnapshot() {
		return new MovieSnapshot.ExternalIds(this.movieLens, this.imdb, this.tmdb);
	}

}
