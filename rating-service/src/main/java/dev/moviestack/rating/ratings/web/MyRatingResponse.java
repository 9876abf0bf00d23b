package dev.moviestack.rating.ratings.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.moviestack.rating.ratings.RatedMovie;
import org.jspecify.annotations.Nullable;

/** One entry of the caller's ratings, with the movie's title and year. */
public record MyRatingResponse(UUID movieId, String title, @Nullable Integer releaseYear, BigDecimal stars,
		Instant ratedAt) {

	static MyRatingResponse of(RatedMovie rated) {
		return new MyRatingResponse(rated.movieId(), rated.title(), rated.releaseYear(), rated.stars().value(),
				rated.ratedAt());
	}

}
