package dev.moviestack.rating.ratings.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A rating value: 0.5 to 5.0 stars in steps of 0.5, held as a count of half stars so that
 * sums and comparisons are exact.
 *
 * @param halfStars 1 (half a star) to 10 (five stars)
 */
public record Stars(int halfStars) {

	public static final int BUCKETS = 10;

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	public Stars {
		if (halfStars < 1 || halfStars > BUCKETS) {
			throw new IllegalArgumentException("Stars must be between 0.5 and 5.0 in steps of 0.5");
		}
	}

	/** Whether {@code value} is a rating value: 0.5 to 5.0 in steps of 0.5. */
	public static boolean isValid(@Nullable BigDecimal value) {
		if (value == null) {
			return false;
		}
		BigDecimal halves = value.multiply(TWO);
		if (halves.signum() <= 0 || halves.compareTo(BigDecimal.TEN) > 0) {
			return false;
		}
		return halves.stripTrailingZeros().scale() <= 0;
	}

	public static Stars of(BigDecimal value) {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Stars must be between 0.5 and 5.0 in steps of 0.5, not " + value);
		}
		return new Stars(value.multiply(TWO).intValueExact());
	}

	public static Stars of(double value) {
		return of(BigDecimal.valueOf(value));
	}

	/** The value with one decimal, such as {@code 4.5}. */
	public BigDecimal value() {
		return BigDecimal.valueOf(this.halfStars).divide(TWO).setScale(1);
	}

	public double asDouble() {
		return this.halfStars / 2.0;
	}

	/** Index of the histogram bucket, 0 for 0.5 stars up to 9 for 5.0 stars. */
	public int bucket() {
		return this.halfStars - 1;
	}

	@Override
	public String toString() {
		return value().toPlainString();
	}

}
