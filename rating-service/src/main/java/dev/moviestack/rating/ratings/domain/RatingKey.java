package dev.moviestack.rating.ratings.domain;

import java.util.Comparator;
import java.util.UUID;

/**
 * Identifies a rating: at most one exists per user and movie. Ordered, so that bulk
 * writes lock rows in one order and never deadlock each other.
 */
public record RatingKey(String userId, UUID movieId) implements Comparable<RatingKey> {

	private static final Comparator<RatingKey> ORDER = Comparator.comparing(RatingKey::userId)
		.thenComparing(RatingKey::movieId);

	@Override
	public int compareTo(RatingKey other) {
		return ORDER.compare(this, other);
	}

}
