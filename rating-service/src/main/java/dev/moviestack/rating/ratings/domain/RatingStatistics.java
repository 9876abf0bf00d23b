package dev.moviestack.rating.ratings.domain;

import java.util.Arrays;
import java.util.UUID;

/**
 * Count, exact sum and histogram of one movie's ratings at one version. Every write that
 * changes them gives the movie the next version, which orders the statistics events
 * consumers receive.
 */
public final class RatingStatistics {

	private final UUID movieId;

	private final long count;

	private final long halfStarSum;

	private final long[] histogram;

	private final long version;

	public RatingStatistics(UUID movieId, long count, long halfStarSum, long[] histogram, long version) {
		if (histogram.length != Stars.BUCKETS) {
			throw new IllegalArgumentException("A histogram has " + Stars.BUCKETS + " buckets");
		}
		if (count < 0 || halfStarSum < 0 || Arrays.stream(histogram).anyMatch((bucket) -> bucket < 0)) {
			throw new IllegalStateException("Statistics of movie " + movieId + " would become negative");
		}
		this.movieId = movieId;
		this.count = count;
		this.halfStarSum = halfStarSum;
		this.histogram = histogram.clone();
		this.version = version;
	}

	/** A movie nobody has rated yet. */
	public static RatingStatistics empty(UUID movieId) {
		return new RatingStatistics(movieId, 0, 0, new long[Stars.BUCKETS], 0);
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

	/** Mean stars, 0 when nobody rated the movie. */
	public double mean() {
		return (this.count == 0) ? 0 : this.halfStarSum / (2.0 * this.count);
	}

	/** Number of ratings with {@code stars}. */
	public long countOf(Stars stars) {
		return this.histogram[stars.bucket()];
	}

	public long[] histogram() {
		return this.histogram.clone();
	}

	public long version() {
		return this.version;
	}

	@Override
	public String toString() {
		return "RatingStatistics[movieId=" + this.movieId + ", count=" + this.count + ", mean=" + mean() + ", version="
				+ this.version + "]";
	}

}
