package dev.moviestack.catalog.movie;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.contract.catalog.MovieSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MovieTests {

	private static final Instant LATER = MovieFixtures.CREATED.plusSeconds(60);

	@Test
	void snapshotCarriesEveryFieldWithGenreLabels() {
		Movie movie = MovieFixtures.toyStory(3);

		MovieSnapshot snapshot = movie.snapshot();

		assertThat(snapshot).isEqualTo(new MovieSnapshot(movie.id(), "Toy Story", null, 1995,
				Set.of("Animation", "Children", "Comedy"),
				"A cowboy doll is profoundly threatened when a new spaceman figure supplants him.", 81,
				new MovieSnapshot.ExternalIds(1L, "tt0114709", 862L), MovieFixtures.CREATED, MovieFixtures.CREATED, 3));
		assertThat(List.copyOf(snapshot.genres())).containsExactly("Animation", "Children", "Comedy");
	}

	@Test
	void updateWithTheSameDetailsChangesNothing() {
		Movie movie = MovieFixtures.toyStory(3);

		assertThat(movie.update(MovieFixtures.toyStoryDetails(), LATER)).isFalse();
		assertThat(movie.updatedAt()).isEqualTo(MovieFixtures.CREATED);
	}

	@Test
	void updateReplacesEveryFieldAndTouchesUpdatedAt() {
		Movie movie = MovieFixtures.toyStory(3);
		MovieDetails changed = new MovieDetails("Toy Story 2", "Toy Story II", 1999, EnumSet.of(Genre.ADVENTURE), null,
				null, ExternalIds.NONE);

		assertThat(movie.update(changed, LATER)).isTrue();

		assertThat(movie.details()).isEqualTo(changed);
		assertThat(movie.updatedAt()).isEqualTo(LATER);
		assertThat(movie.createdAt()).isEqualTo(MovieFixtures.CREATED);
	}

	@Test
	void deletedSnapshotIsOneVersionPastTheLastStoredOne() {
		Movie movie = MovieFixtures.toyStory(3);

		MovieSnapshot deleted = movie.deletedSnapshot(LATER);

		assertThat(deleted.version()).isEqualTo(4);
		assertThat(deleted.updatedAt()).isEqualTo(LATER);
		assertThat(deleted.title()).isEqualTo("Toy Story");
	}

	@Test
	void externalIdsMustBeWellFormed() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ExternalIds(0L, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new ExternalIds(null, "nm0000158", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new ExternalIds(null, null, -5L));
		assertThat(new ExternalIds(null, "tt0114709", null).isEmpty()).isFalse();
		assertThat(ExternalIds.NONE.isEmpty()).isTrue();
	}

}
