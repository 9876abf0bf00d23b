package dev.moviestack.rating.ratings.domain;

import java.time.Instant;
import java.util.UUID;

/** One user's rating of one movie. */
public record Rating(String userId, UUID movieId, Stars stars, Instant ratedAt) {

	public RatingKey key() {
		return new RatingKey(this.userId, this.movieId);
	}

	/** Whether writing {@code other} over this rating would change nothing. */
	public boolean sameAs(Rating other) {
		return this.stars.equals(other.stars) && this.ratedAt.equals(other.ratedAt);
	}

}
