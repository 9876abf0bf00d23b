package dev.moviestack.rating.ratings.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.Rating;

/** The caller's rating of one movie. */
public record RatingResponse(UUID movieId, BigDecimal stars, Instant ratedAt) {

	static RatingResponse of(Rating rating) {
		return new RatingResponse(rating.movieId(), rating.stars().value(), rating.ratedAt());
	}

}
