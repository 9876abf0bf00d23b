package dev.moviestack.rating.ratings.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
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
	void oneDeltaChangesCountSumHistogramAndVersionOnce() {
		StatisticsDelta delta = new StatisticsDelta(this.movie).added(Stars.of(4.5))
			.added(Stars.of(4.5))
			.added(Stars.of(1.0))
			.replaced(Stars.of(1.0), Stars.of(2.0));
		RatingStatistics statistics = RatingStatistics.empty(this.movie).apply(delta);
		assertThat(statistics.count()).isEqualTo(3);
		assertThat(statistics.mean()).isEqualTo((4.5 + 4.5 + 2.0) / 3);
		assertThat(statistics.countOf(Stars.of(4.5))).isEqualTo(2);
		assertThat(statistics.countOf(Stars.of(1.0))).isZero();
		assertThat(statistics.countOf(Stars.of(2.0))).isEqualTo(1);
		assertThat(statistics.version()).isEqualTo(1);

		RatingStatistics removed = statistics.apply(new StatisticsDelta(this.movie).removed(Stars.of(2.0)));
		assertThat(removed.mean()).isEqualTo(4.5);
		assertThat(removed.version()).isEqualTo(2);
	}

	@Test
	void clearingKeepsTheVersionGrowing() {
		RatingStatistics statistics = RatingStatistics.empty(this.movie)
			.apply(new StatisticsDelta(this.movie).added(Stars.of(3.0)));
		RatingStatistics cleared = statistics.cleared();
		assertThat(cleared.count()).isZero();
		assertThat(cleared.histogram()).containsOnly(0L);
		assertThat(cleared.version()).isEqualTo(statistics.version() + 1);
	}

	@Test
	void neverGoesNegative() {
		assertThatIllegalStateException().isThrownBy(
				() -> RatingStatistics.empty(this.movie).apply(new StatisticsDelta(this.movie).removed(Stars.of(3.0))));
	}

	@Test
	void theHistogramCannotBeChangedFromOutside() {
		RatingStatistics statistics = RatingStatistics.empty(this.movie)
			.apply(new StatisticsDelta(this.movie).added(Stars.of(3.0)));
		statistics.histogram()[5] = 100;
		assertThat(statistics.countOf(Stars.of(3.0))).isEqualTo(1);
	}

}
