package dev.moviestack.catalog.movie.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MovieSortTests {

	@Test
	void defaultsToTitleThenId() {
		assertThat(MovieSort.parse(List.of())).isEqualTo(Sort.by("title", "id"));
	}

	@Test
	void takesSpringStyleDirectionsAndMinusPrefixes() {
		assertThat(MovieSort.parse(List.of("releaseYear", "desc", "title")))
			.isEqualTo(Sort.by(Sort.Order.desc("releaseYear"), Sort.Order.asc("title"), Sort.Order.asc("id")));
		assertThat(MovieSort.parse(List.of("-createdAt", "updatedAt", "ASC")))
			.isEqualTo(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("updatedAt"), Sort.Order.asc("id")));
	}

	@Test
	void rejectsPropertiesOutsideTheWhitelist() {
		assertThatIllegalArgumentException().isThrownBy(() -> MovieSort.parse(List.of("overview")))
			.withMessage("overview");
		assertThatIllegalArgumentException().isThrownBy(() -> MovieSort.parse(List.of("id")));
		assertThatIllegalArgumentException().isThrownBy(() -> MovieSort.parse(List.of("asc")));
	}

}
