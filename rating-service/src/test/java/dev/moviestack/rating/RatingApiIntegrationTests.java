package dev.moviestack.rating;

import java.util.List;
import java.util.UUID;

import dev.moviestack.contract.catalog.MovieDeleted;
import dev.moviestack.contract.rating.MovieRatingStatisticsChanged;
import dev.moviestack.contract.rating.RatingChanged;
import dev.moviestack.contract.rating.RatingDeleted;
import dev.moviestack.contract.rating.RatingEvent;
import dev.moviestack.contract.rating.RatingSubmitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HTTP API of one user's ratings, over the real database and broker. */
class RatingApiIntegrationTests extends RatingIntegrationTest {

	@Test
	void putCreatesThenReplacesMyRatingAndPublishesBothChanges() {
		UUID movie = knownMovie();
		String user = newUser();
		try (var ratingEvents = TopicProbe.open(RatingEvent.TOPIC, RatingEvent.class, this.json);
				var statistics = TopicProbe.open(MovieRatingStatisticsChanged.TOPIC, MovieRatingStatisticsChanged.class,
						this.json)) {
			ResponseEntity<JsonNode> created = rate(userToken(user), movie, 4.5);
			assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(created.getHeaders().getLocation()).hasToString("/api/movies/" + movie + "/rating");
			assertThat(created.getBody().get("stars").asDouble()).isEqualTo(4.5);

			ResponseEntity<JsonNode> replaced = rate(userToken(user), movie, 2.0);
			assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(replaced.getBody().get("stars").asDouble()).isEqualTo(2.0);

			ResponseEntity<JsonNode> mine = get("/api/movies/" + movie + "/rating", userToken(user));
			assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(mine.getBody().get("stars").asDouble()).isEqualTo(2.0);
			assertThat(mine.getBody().get("movieId").asString()).isEqualTo(movie.toString());

			var events = ratingEvents.await((event) -> event.movieId().equals(movie), 2);
			assertThat(events).extracting(TopicProbe.Received::key).containsOnly(user);
			assertThat(events.get(0).value()).isInstanceOfSatisfying(RatingSubmitted.class, (submitted) -> {
				assertThat(submitted.userId()).isEqualTo(user);
				assertThat(submitted.newValue()).isEqualTo(4.5);
			});
			assertThat(events.get(0).cloudEventType()).isEqualTo("dev.moviestack.rating.submitted.v1");
			assertThat(events.get(1).value()).isInstanceOfSatisfying(RatingChanged.class, (changed) -> {
				assertThat(changed.oldValue()).isEqualTo(4.5);
				assertThat(changed.newValue()).isEqualTo(2.0);
			});

			var versions = statistics.await((event) -> event.movieId().equals(movie), 2);
			assertThat(versions).extracting(TopicProbe.Received::key).containsOnly(movie.toString());
			assertThat(versions).extracting((received) -> received.value().version()).containsExactly(1L, 2L);
			assertThat(versions.get(1).value().count()).isEqualTo(1);
			assertThat(versions.get(1).value().mean()).isEqualTo(2.0);
		}
	}

	@Test
	void rePuttingTheSameStarsChangesNothing() {
		UUID movie = knownMovie();
		String user = newUser();
		rate(userToken(user), movie, 3.0);
		try (var ratingEvents = TopicProbe.open(RatingEvent.TOPIC, RatingEvent.class, this.json)) {
			ResponseEntity<JsonNode> again = rate(userToken(user), movie, 3.0);
			assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
			rate(userToken(user), movie, 3.5);
			var events = ratingEvents.await((event) -> event.movieId().equals(movie), 1);
			assertThat(events).singleElement()
				.satisfies((event) -> assertThat(event.value()).isInstanceOf(RatingChanged.class));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"stars\": 0}", "{\"stars\": 5.5}", "{\"stars\": 3.3}", "{\"stars\": -1}",
			"{\"stars\": 4.55}", "{}", "{\"stars\": null}" })
	void invalidStarsAreAValidationProblem(String body) {
		UUID movie = knownMovie();
		ResponseEntity<JsonNode> response = put("/api/movies/" + movie + "/rating", userToken(newUser()), body);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody().get("type").asString()).isEqualTo("https://moviestack.dev/problems/validation");
		assertThat(response.getBody().get("errors").get(0).get("field").asString()).isEqualTo("stars");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM rating WHERE movie_id = ?").param(movie).query(Long.class).single())
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"stars\": 4, \"userId\": \"someone-else\"}", "{\"stars\": \"many\"}", "{\"stars\":",
			"[4.5]" })
	void unknownFieldsAndMalformedBodiesAreBadRequests(String body) {
		UUID movie = knownMovie();
		ResponseEntity<JsonNode> response = put("/api/movies/" + movie + "/rating", userToken(newUser()), body);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
	}

	@Test
	void aMovieIdThatIsNoUuidIsABadRequest() {
		ResponseEntity<JsonNode> response = put("/api/movies/42/rating", userToken(newUser()), "{\"stars\": 4}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("errors").get(0).get("field").asString()).isEqualTo("movieId");
	}

	@Test
	void ratingAnUnknownMovieIsNotFound() {
		ResponseEntity<JsonNode> response = rate(userToken(newUser()), UUID.randomUUID(), 4.0);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody().get("type").asString()).isEqualTo("https://moviestack.dev/problems/not-found");
	}

	@Test
	void ratingADeletedMovieIsNotFound() {
		UUID movie = knownMovie();
		publish(MovieDeleted.of(snapshot(movie, "Gone", 2)));
		awaitProjected(movie, 2);
		await().until(() -> rate(userToken(newUser()), movie, 4.0).getStatusCode() == HttpStatus.NOT_FOUND);
		assertThat(get("/api/movies/" + movie + "/ratings/summary", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void nobodyCanReadOrChangeAnotherUsersRating() {
		UUID movie = knownMovie();
		String alice = newUser();
		String bob = newUser();
		rate(userToken(alice), movie, 5.0);

		assertThat(get("/api/movies/" + movie + "/rating", userToken(bob)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(delete("/api/movies/" + movie + "/rating", userToken(bob)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rate(userToken(bob), movie, 1.0).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		// there is no address for another user's ratings
		assertThat(get("/api/users/" + alice + "/ratings", userToken(bob)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(get("/api/movies/" + movie + "/rating", userToken(alice)).getBody().get("stars").asDouble())
			.isEqualTo(5.0);
		assertThat(get("/api/movies/" + movie + "/ratings/summary", null).getBody().get("count").asLong()).isEqualTo(2);
	}

	@Test
	void ratingNeedsAToken() {
		UUID movie = knownMovie();
		ResponseEntity<JsonNode> response = rate(null, movie, 4.0);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(get("/api/users/me/ratings", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void deletingMyRatingRemovesItOnceAndPublishesTheDeletion() {
		UUID movie = knownMovie();
		String user = newUser();
		rate(userToken(user), movie, 4.0);
		try (var ratingEvents = TopicProbe.open(RatingEvent.TOPIC, RatingEvent.class, this.json)) {
			assertThat(delete("/api/movies/" + movie + "/rating", userToken(user)).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(delete("/api/movies/" + movie + "/rating", userToken(user)).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(get("/api/movies/" + movie + "/rating", userToken(user)).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);

			var events = ratingEvents.await((event) -> event.movieId().equals(movie), 1);
			assertThat(events).singleElement()
				.satisfies(
						(event) -> assertThat(event.value()).isInstanceOfSatisfying(RatingDeleted.class, (deleted) -> {
							assertThat(deleted.oldValue()).isEqualTo(4.0);
							assertThat(deleted.reason()).isEqualTo(RatingDeleted.Reason.USER_REQUEST);
						}));
		}
		JsonNode summary = get("/api/movies/" + movie + "/ratings/summary", null).getBody();
		assertThat(summary.get("count").asLong()).isZero();
		assertThat(summary.get("mean").isNull()).isTrue();
	}

	@Test
	void myRatingsArePagedNewestFirstWithTitles() {
		String user = newUser();
		List<UUID> movies = List.of(knownMovie("First"), knownMovie("Second"), knownMovie("Third"));
		movies.forEach((movie) -> rate(userToken(user), movie, 3.0));
		rate(userToken(newUser()), movies.get(0), 1.0);

		JsonNode first = get("/api/users/me/ratings?size=2", userToken(user)).getBody();
		assertThat(first.get("totalItems").asLong()).isEqualTo(3);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(first.get("items")).extracting((item) -> item.get("title").asString())
			.containsExactly("Third", "Second");
		JsonNode second = get("/api/users/me/ratings?size=2&page=1", userToken(user)).getBody();
		assertThat(second.get("items")).extracting((item) -> item.get("title").asString()).containsExactly("First");

		assertThat(get("/api/users/me/ratings?size=0", userToken(user)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get("/api/users/me/ratings?size=101", userToken(user)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get("/api/users/me/ratings?page=-1", userToken(user)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void summaryCountsMeanAndHistogramWithoutAToken() {
		UUID movie = knownMovie();
		rate(userToken(newUser()), movie, 4.5);
		rate(userToken(newUser()), movie, 4.5);
		rate(userToken(newUser()), movie, 1.0);

		ResponseEntity<JsonNode> response = get("/api/movies/" + movie + "/ratings/summary", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode summary = response.getBody();
		assertThat(summary.get("count").asLong()).isEqualTo(3);
		assertThat(summary.get("mean").asDouble()).isEqualTo(3.333);
		JsonNode histogram = summary.get("histogram");
		assertThat(histogram).hasSize(10);
		assertThat(histogram.get(0).get("stars").asDouble()).isEqualTo(0.5);
		assertThat(histogram.get(1).get("count").asLong()).isEqualTo(1);
		assertThat(histogram.get(8).get("stars").asDouble()).isEqualTo(4.5);
		assertThat(histogram.get(8).get("count").asLong()).isEqualTo(2);
		assertThat(histogram.get(9).get("count").asLong()).isZero();

		assertThat(get("/api/movies/" + UUID.randomUUID() + "/ratings/summary", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void popularListsTheMostRatedMoviesWithoutAToken() {
		UUID favourite = knownMovie("Favourite");
		UUID runnerUp = knownMovie("Runner-up");
		// more ratings than any other test gives a movie, so these two lead the list
		assertThat(post("/api/ratings/batch", adminToken(), batchOf(favourite, 1, 501, 5.0)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(post("/api/ratings/batch", adminToken(), batchOf(runnerUp, 1, 500, 4.0)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		ResponseEntity<JsonNode> response = get("/api/ratings/popular?limit=2", null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode items = response.getBody().get("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).get("movieId").asString()).isEqualTo(favourite.toString());
		assertThat(items.get(0).get("title").asString()).isEqualTo("Favourite");
		assertThat(items.get(0).get("count").asLong()).isEqualTo(501);
		assertThat(items.get(0).get("mean").asDouble()).isEqualTo(5.0);
		assertThat(items.get(1).get("movieId").asString()).isEqualTo(runnerUp.toString());
		assertThat(items.get(1).get("count").asLong()).isEqualTo(500);

		assertThat(get("/api/ratings/popular?limit=0", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get("/api/ratings/popular?limit=101", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

}
