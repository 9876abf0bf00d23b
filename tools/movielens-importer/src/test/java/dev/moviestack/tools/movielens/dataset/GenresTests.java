package dev.moviestack.tools.movielens.dataset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GenresTests {

	private final List<String> unknown = new ArrayList<>();

	@Test
	void splitsOnPipesIntoCatalogLabels() {
		assertThat(Genres.parse("Adventure|Animation|children|Sci-Fi|IMAX|Film-Noir", this.unknown::add))
			.containsExactly("Adventure", "Animation", "Children", "Sci-Fi", "IMAX", "Film-Noir");
		assertThat(this.unknown).isEmpty();
	}

	@Test
	void noGenresListedIsNone() {
		assertThat(Genres.parse("(no genres listed)", this.unknown::add)).isEmpty();
		assertThat(Genres.parse("", this.unknown::add)).isEmpty();
	}

	@Test
	void childrensOfTheOlderSetsIsChildrenAndUnknownIsNothing() {
		assertThat(Genres.parse("Children's|Comedy|unknown", this.unknown::add)).containsExactly("Children", "Comedy");
		assertThat(this.unknown).isEmpty();
	}

	@Test
	void reportsLabelsTheCatalogDoesNotKnow() {
		assertThat(Genres.parse("Drama|Made-Up Genre|Drama", this.unknown::add)).containsExactly("Drama");
		assertThat(this.unknown).containsExactly("Made-Up Genre");
	}

}
