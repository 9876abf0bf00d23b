package dev.moviestack.rating.ratings.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.RatingStatistics;
import dev.moviestack.rating.ratings.domain.Stars;
import org.jspecify.annotations.Nullable;

/**
 * Ratings of one movie: how many, their mean (null when there are none, rounded to three
 * decimals) and how many of each value from 0.5 to 5.0.
 */
public record RatingSummaryResponse(UUID movieId, long count, @Nullable BigDecimal mean, List<Bucket> histogram) {

	public record Bucket(BigDecimal stars, long count) {

	}

	static RatingSummaryResponse of(RatingStatistics statistics) {
		List<Bucket> buckets = new ArrayList<>(Stars.BUCKETS);
		for (int halfStars = 1; halfStars <= Stars.BUCKETS; halfStars++) {
			Stars stars = new Stars(halfStars);
			buckets.add(new Bucket(stars.value(), statistics.countOf(stars)));
		}
		BigDecimal mean = (statistics.count() == 0) ? null
				: BigDecimal.valueOf(statistics.mean()).setScale(3, RoundingMode.HALF_UP);
		return new RatingSummaryResponse(statistics.movieId(), statistics.count(), mean, buckets);
	}

}
