package dev.moviestack.rating.ratings.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RatingStatisticsTests {

	private final UUID movie = UUID.randomUUID();

	@Test
	void anEmptyMovieHasNoMean() {
		RatingStatistics empty = RatingStatistics.empty(this.movie);
		assertThat(empty.count()).isZero();
		assertThat(empty.mean()).isZero();
		assertThat(empty.version()).isZero();
	}

	@Test
	void theMeanIsExactAndTheHistogramCountsEachValue() {
		long[] histogram = new long[Stars.BUCKETS];
		histogram[Stars.of(4.5).bucket()] = 2;
		histogram[Stars.of(2.0).bucket()] = 1;
		RatingStatistics statistics = new RatingStatistics(this.movie, 3, 9 + 9 + 4, histogram, 7);
		assertThat(statistics.mean()).isEqualTo((4.5 + 4.5 + 2.0) / 3);
		assertThat(statistics.countOf(Stars.of(4.5))).isEqualTo(2);
		assertThat(statistics.countOf(Stars.of(1.0))).isZero();
		assertThat(statistics.version()).isEqualTo(7);
	}

	@Test
	void aDeltaCollectsAddedReplacedAndRemovedRatings() {
		StatisticsDelta delta = new StatisticsDelta(this.movie).added(Stars.of(4.5))
			.added(Stars.of(4.5))
			.added(Stars.of(1.0))
			.replaced(Stars.of(1.0), Stars.of(2.0))
			.removed(Stars.of(4.5));
		assertThat(delta.count()).isEqualTo(2);
		assertThat(delta.halfStarSum()).isEqualTo(9 + 4);
		assertThat(delta.bucket(Stars.of(4.5).bucket())).isEqualTo(1);
		assertThat(delta.bucket(Stars.of(1.0).bucket())).isZero();
		assertThat(delta.bucket(Stars.of(2.0).bucket())).isEqualTo(1);
	}

	@Test
	void neverNegative() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RatingStatistics(this.movie, -1, 0, new long[Stars.BUCKETS], 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RatingStatistics(this.movie, 0, 0, new long[3], 1));
	}

	@Test
	void theHistogramCannotBeChangedFromOutside() {
		long[] histogram = new long[Stars.BUCKETS];
		histogram[5] = 1;
		RatingStatistics statistics = new RatingStatistics(this.movie, 1, 6, histogram, 1);
		histogram[5] = 100;
		statistics.histogram()[5] = 100;
		assertThat(statistics.countOf(Stars.of(3.0))).isEqualTo(1);
	}

}
