package dev.moviestack.rating.ratings.domain;

import java.util.UUID;

/**
 * What a set of rating writes does to one movie's statistics; collected while writing,
 * then applied once, so that a batch changes each movie's statistics (and version) only
 * once.
 */
public final class StatisticsDelta {

	private final UUID movieId;

	private long count;

	private long halfStarSum;

	private final long[] buckets = new long[Stars.BUCKETS];

	public StatisticsDelta(UUID movieId) {
		this.movieId = movieId;
	}

	public StatisticsDelta added(Stars stars) {
		this.count++;
		this.halfStarSum += stars.halfStars();
		this.buckets[stars.bucket()]++;
		return this;
	}

	public StatisticsDelta removed(Stars stars) {
		this.count--;
		this.halfStarSum -= stars.halfStars();
		this.buckets[stars.bucket()]--;
		return this;
	}

	public StatisticsDelta replaced(Stars oldStars, Stars newStars) {
		return removed(oldStars).added(newStars);
	}

	public UUID movieId() {
		return this.movieId;
	}

	public long count() {
		return this.count;
	}

	public long halfStarSum() {
		return this.halfStarSum;
	}

	/** Change of the histogram bucket {@code index} (0 for 0.5 stars). */
	public long bucket(int index) {
		return this.buckets[index];
	}

}
