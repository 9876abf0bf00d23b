package dev.moviestack.rating.ratings.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StarsTests {

	@ParameterizedTest
	@ValueSource(strings = { "0.5", "1", "1.0", "2.50", "4.5", "5", "5.000" })
	void acceptsHalfStepsFromHalfToFive(String value) {
		assertThat(Stars.isValid(new BigDecimal(value))).isTrue();
		assertThat(Stars.of(new BigDecimal(value)).value()).isEqualByComparingTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.0", "-0.5", "5.5", "3.3", "4.25", "10", "0.05" })
	void rejectsEverythingElse(String value) {
		assertThat(Stars.isValid(new BigDecimal(value))).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Stars.of(new BigDecimal(value)));
	}

	@Test
	void nullIsNoRating() {
		assertThat(Stars.isValid(null)).isFalse();
	}

	@Test
	void mapsToBucketsAndBack() {
		assertThat(Stars.of(0.5).bucket()).isZero();
		assertThat(Stars.of(5.0).bucket()).isEqualTo(9);
		assertThat(Stars.of(4.5).asDouble()).isEqualTo(4.5);
		assertThat(Stars.of(4.5).value()).hasToString("4.5");
		assertThat(new Stars(2).value()).hasToString("1.0");
	}

}
