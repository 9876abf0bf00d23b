package dev.moviestack.rating;

import java.util.List;
import java.util.UUID;

import dev.moviestack.contract.catalog.MovieCreated;
import dev.moviestack.contract.catalog.MovieDeleted;
import dev.moviestack.contract.catalog.MovieEvent;
import dev.moviestack.contract.catalog.MovieUpdated;
import dev.moviestack.contract.rating.MovieRatingStatisticsChanged;
import dev.moviestack.contract.rating.RatingDeleted;
import dev.moviestack.contract.rating.RatingEvent;
import dev.moviestack.contract.user.UserDeleted;
import dev.moviestack.contract.user.UserEvent;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What this service does with catalog and user events, including the same event twice and
 * events out of order. Each test ends with a marker event on the same key (so the same
 * partition) to know the ones before it were consumed.
 */
class EventConsumptionIntegrationTests extends RatingIntegrationTest {

	@Test
	void aMovieCreatedMakesTheMovieRateableAndItsRedeliveryChangesNothing() {
		UUID movie = UUID.randomUUID();
		MovieCreated created = MovieCreated.of(snapshot(movie, "Heat", 1));
		publish(created);
		publish(created);
		awaitProjected(movie, 1);

		assertThat(rate(userToken(newUser()), movie, 4.0).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		publish(created);
		publish(MovieUpdated.of(snapshot(movie, "Heat (marker)", 2)));
		awaitProjected(movie, 2);
		assertThat(movieRows(movie)).isEqualTo(1);
		assertThat(get("/api/movies/" + movie + "/ratings/summary", null).getBody().get("count").asLong()).isEqualTo(1);
	}

	@Test
	void anOlderVersionAfterANewerOneIsIgnored() {
		UUID movie = UUID.randomUUID();
		publish(MovieCreated.of(snapshot(movie, "Old title", 1)));
		publish(MovieUpdated.of(snapshot(movie, "New title", 3)));
		publish(MovieUpdated.of(snapshot(movie, "Stale title", 2)));
		publish(MovieCreated.of(snapshot(movie, "Stale creation", 1)));
		awaitConsumed(movie);

		assertThat(title(movie)).isEqualTo("New title");
		assertThat(version(movie)).isEqualTo(3);
	}

	@Test
	void aDeletedMovieTakesItsRatingsAlongAndALateUpdateDoesNotBringItBack() {
		UUID movie = knownMovie();
		String alice = newUser();
		String bob = newUser();
		rate(userToken(alice), movie, 4.0);
		rate(userToken(bob), movie, 2.0);

		try (var ratingEvents = TopicProbe.open(RatingEvent.TOPIC, RatingEvent.class, this.json);
				var statistics = TopicProbe.open(MovieRatingStatisticsChanged.TOPIC, MovieRatingStatisticsChanged.class,
						this.json)) {
			MovieDeleted deleted = MovieDeleted.of(snapshot(movie, "Gone", 2));
			publish(deleted);
			var deletions = ratingEvents.await((event) -> event.movieId().equals(movie), 2);
			assertThat(deletions)
				.allSatisfy((event) -> assertThat(event.value()).isInstanceOfSatisfying(RatingDeleted.class,
						(deletion) -> assertThat(deletion.reason()).isEqualTo(RatingDeleted.Reason.MOVIE_DELETED)));
			assertThat(deletions).extracting(TopicProbe.Received::key).containsExactlyInAnyOrder(alice, bob);
			var cleared = statistics.await((event) -> event.movieId().equals(movie) && event.count() == 0, 1);
			assertThat(cleared).singleElement().satisfies((event) -> assertThat(event.value().version()).isEqualTo(3));

			// redelivered deletion and a late update: nothing comes back, nothing is
			// published
			publish(deleted);
			publish(MovieUpdated.of(snapshot(movie, "Resurrected?", 5)));
			awaitConsumed(movie);

			assertThat(ratingsOf(movie)).isZero();
			assertThat(rate(userToken(alice), movie, 3.0).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(title(movie)).isNotEqualTo("Resurrected?");
			assertThat(ratingEvents.matchingNow((event) -> event.movieId().equals(movie))).hasSize(2);
		}
	}

	@Test
	void aDeletionBeforeTheCreationLeavesATombstone() {
		UUID movie = UUID.randomUUID();
		publish(MovieDeleted.of(snapshot(movie, "Never seen", 2)));
		publish(MovieCreated.of(snapshot(movie, "Never seen", 1)));
		awaitConsumed(movie);
		assertThat(rate(userToken(newUser()), movie, 3.0).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDeletedUserLosesEveryRatingOnceEvenWhenTheEventComesTwice() {
		UUID first = knownMovie();
		UUID second = knownMovie();
		String leaving = newUser();
		String staying = newUser();
		rate(userToken(leaving), first, 5.0);
		rate(userToken(leaving), second, 1.5);
		rate(userToken(staying), first, 3.0);
		List<UUID> movies = List.of(first, second);

		try (var ratingEvents = TopicProbe.open(RatingEvent.TOPIC, RatingEvent.class, this.json)) {
			UserDeleted deleted = UserDeleted.of(leaving);
			publish(deleted);
			var deletions = ratingEvents.await((event) -> event.userId().equals(leaving), 2);
			assertThat(deletions).allSatisfy((event) -> {
				assertThat(event.key()).isEqualTo(leaving);
				assertThat(event.value()).isInstanceOfSatisfying(RatingDeleted.class,
						(deletion) -> assertThat(deletion.reason()).isEqualTo(RatingDeleted.Reason.USER_ERASED));
			});
			assertThat(deletions).extracting((event) -> event.value().movieId())
				.containsExactlyInAnyOrderElementsOf(movies);

			publish(deleted);
			// a marker user's erasure on the same partition: once its deletion is out,
			// the
			// redelivery before it was consumed
			String marker = newUser();
			rate(userToken(marker), first, 1.0);
			publish(UserEvent.TOPIC, leaving, UserDeleted.of(marker));
			ratingEvents.await((event) -> event.userId().equals(marker) && event instanceof RatingDeleted, 1);
			assertThat(ratingEvents.matchingNow((event) -> event.userId().equals(leaving))).hasSize(2);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM rating WHERE user_id = ?")
			.param(leaving)
			.query(Long.class)
			.single()).isZero();
		assertThat(get("/api/movies/" + first + "/ratings/summary", null).getBody().get("count").asLong()).isEqualTo(1);
		assertThat(get("/api/movies/" + first + "/rating", userToken(staying)).getBody().get("stars").asDouble())
			.isEqualTo(3.0);
	}

	/**
	 * Waits until the events sent for {@code movie} so far were consumed: a marker
	 * movie's creation sent under the movie's key lands behind them on the same
	 * partition.
	 */
	private void awaitConsumed(UUID movie) {
		UUID marker = UUID.randomUUID();
		publish(MovieEvent.TOPIC, movie.toString(), MovieCreated.of(snapshot(marker, "marker", 1)));
		awaitProjected(marker, 1);
	}

	private long movieRows(UUID movie) {
		return this.jdbc.sql("SELECT count(*) FROM known_movie WHERE movie_id = ?")
			.param(movie)
			.query(Long.class)
			.single();
	}

	private String title(UUID movie) {
		return this.jdbc.sql("SELECT title FROM known_movie WHERE movie_id = ?")
			.param(movie)
			.query(String.class)
			.single();
	}

	private long version(UUID movie) {
		return this.jdbc.sql("SELECT version FROM known_movie WHERE movie_id = ?")
			.param(movie)
			.query(Long.class)
			.single();
	}

	private long ratingsOf(UUID movie) {
		return this.jdbc.sql("SELECT count(*) FROM rating WHERE movie_id = ?").param(movie).query(Long.class).single();
	}

}
