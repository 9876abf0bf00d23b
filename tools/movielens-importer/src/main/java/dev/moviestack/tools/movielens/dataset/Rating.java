package dev.moviestack.tools.movielens.dataset;

import java.math.BigDecimal;
import java.time.Instant;

/** One MovieLens rating: 0.5 to 5.0 stars in half steps (whole stars in older sets). */
public record Rating(long userId, long movieId, BigDecimal stars, Instant ratedAt, Origin origin) {

	/** The pseudo-user MovieStack stores the rating under. */
	public String pseudoUser() {
		return "movielens:" + this.userId;
	}

}
