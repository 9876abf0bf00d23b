package dev.moviestack.catalog.movie;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import dev.moviestack.contract.catalog.Genre;
import org.springframework.test.util.ReflectionTestUtils;

/** Movies for tests that do not touch the database. */
public final class MovieFixtures {

	public static final Instant CREATED = Instant.parse("2026-01-15T10:15:30.123456Z");

	private MovieFixtures() {
	}

	public static MovieDetails toyStoryDetails() {
		return new MovieDetails("Toy Story", null, 1995, EnumSet.of(Genre.ANIMATION, Genre.CHILDREN, Genre.COMEDY),
				"A cowboy doll is profoundly threatened when a new spaceman figure supplants him.", 81,
				new ExternalIds(1L, "tt0114709", 862L));
	}

	public static Movie toyStory(long version) {
		return movie(toyStoryDetails(), version);
	}

	public static StaleMovieVersionException staleVersion(UUID id, long expected) {
		return new StaleMovieVersionException(id, expected);
	}

	public static MovieNotFoundException notFound(UUID id) {
		return new MovieNotFoundException("No movie with id " + id);
	}

	public static ExternalIdConflictException imdbConflict(String imdb, UUID owner) {
		return new ExternalIdConflictException("External ids belong to another movie already",
				List.of(new ExternalIdConflictException.Conflict(null, ExternalIdSource.IMDB, imdb, owner)));
	}

	/** A movie as if loaded from the database at {@code version}. */
	public static Movie movie(MovieDetails details, long version) {
		Movie movie = Movie.create(details, CREATED);
		ReflectionTestUtils.setField(movie, "version", version);
		return movie;
	}

}
