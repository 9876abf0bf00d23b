package dev.moviestack.catalog.genre.web;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.moviestack.catalog.WebSliceTest;
import dev.moviestack.contract.catalog.Genre;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class GenreControllerTests extends WebSliceTest {

	@Test
	void listsEveryGenreLabelInOrderAndLetsClientsCacheIt() {
		assertThat(this.mvc.get().uri("/api/genres")).hasStatusOk()
			.hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=3600, public")
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.containsExactly(Arrays.stream(Genre.values()).map(Genre::label).toArray())
			.contains("Sci-Fi", "Film-Noir", "IMAX");
	}

}
