package dev.moviestack.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.moviestack.contract.rating.MovieRatingStatisticsChanged;
import dev.moviestack.contract.rating.RatingChanged;
import dev.moviestack.contract.rating.RatingEvent;
import dev.moviestack.contract.rating.RatingSubmitted;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's bulk import of pseudo-users' ratings. */
class RatingBatchIntegrationTests extends RatingIntegrationTest {

	private static final Instant RATED_AT = Instant.parse("2001-02-03T04:05:06Z");

	@Test
	void writesABatchWithOneStatisticsEventPerMovieAndIsIdempotent() {
		UUID first = knownMovie();
		UUID second = knownMovie();
		String user = "movielens:" + (1_000_000 + (int) (Math.random() * 1_000_000));
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			items.add(item("movielens:" + i, first, 0.5 * (1 + i % 10), RATED_AT));
		}
		items.add(item(user, second, 3.5, RATED_AT));
		List<UUID> mine = List.of(first, second);

		try (var ratingEvents = TopicProbe.open(RatingEvent.TOPIC, RatingEvent.class, this.json);
				var statistics = TopicProbe.open(MovieRatingStatisticsChanged.TOPIC, MovieRatingStatisticsChanged.class,
						this.json)) {
			ResponseEntity<JsonNode> response = post("/api/ratings/batch", adminToken(), Map.of("items", items));
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody().get("created").asInt()).isEqualTo(41);
			assertThat(response.getBody().get("moviesAffected").asInt()).isEqualTo(2);

			var events = ratingEvents.await((event) -> mine.contains(event.movieId()), 41);
			assertThat(events).allSatisfy((event) -> {
				assertThat(event.value()).isInstanceOf(RatingSubmitted.class);
				assertThat(event.key()).isEqualTo(event.value().userId());
				assertThat(event.cloudEventType()).isEqualTo("dev.moviestack.rating.submitted.v1");
				assertThat(event.value().ratedAt()).isEqualTo(RATED_AT);
			});
			var firstStatistics = statistics.await((event) -> event.movieId().equals(first), 1);
			assertThat(firstStatistics).singleElement().satisfies((event) -> {
				assertThat(event.value().count()).isEqualTo(40);
				assertThat(event.value().version()).isEqualTo(1);
				assertThat(event.value().mean()).isEqualTo(2.75);
			});

			ResponseEntity<JsonNode> again = post("/api/ratings/batch", adminToken(), Map.of("items", items));
			assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(again.getBody().get("created").asInt()).isZero();
			assertThat(again.getBody().get("unchanged").asInt()).isEqualTo(41);

			// a later single write shows nothing else was published for these movies
			rate(userToken(newUser()), second, 5.0);
			statistics.await((event) -> event.movieId().equals(second) && event.version() == 2, 1);
			ratingEvents.await((event) -> mine.contains(event.movieId()), 42);
			assertThat(ratingEvents.matchingNow((event) -> mine.contains(event.movieId()))).hasSize(42);
			assertThat(statistics.matchingNow((event) -> mine.contains(event.movieId()))).hasSize(3);
		}
		assertThat(get("/api/movies/" + second + "/ratings/summary", null).getBody().get("count").asLong())
			.isEqualTo(2);
	}

	@Test
	void replacingRatingsPublishesChangesWithOldAndNewValues() {
		UUID movie = knownMovie();
		post("/api/ratings/batch", adminToken(), Map.of("items", List.of(item("movielens:7", movie, 2.0, RATED_AT))));
		try (var ratingEvents = TopicProbe.open(RatingEvent.TOPIC, RatingEvent.class, this.json)) {
			ResponseEntity<JsonNode> response = post("/api/ratings/batch", adminToken(),
					Map.of("items", List.of(item("movielens:7", movie, 4.0, RATED_AT.plusSeconds(60)))));
			assertThat(response.getBody().get("replaced").asInt()).isEqualTo(1);
			var events = ratingEvents.await((event) -> event.movieId().equals(movie), 1);
			assertThat(events).singleElement()
				.satisfies(
						(event) -> assertThat(event.value()).isInstanceOfSatisfying(RatingChanged.class, (changed) -> {
							assertThat(changed.oldValue()).isEqualTo(2.0);
							assertThat(changed.newValue()).isEqualTo(4.0);
						}));
		}
	}

	@Test
	void rejectsTheWholeBatchNamingEachInvalidItem() {
		UUID movie = knownMovie();
		UUID unknown = UUID.randomUUID();
		List<Map<String, Object>> items = List.of(item("movielens:1", movie, 4.0, RATED_AT),
				item("alice", movie, 4.0, RATED_AT), item("movielens:2", movie, 3.3, RATED_AT),
				item("movielens:3", unknown, 4.0, RATED_AT), item("movielens:1", movie, 2.0, RATED_AT));

		ResponseEntity<JsonNode> invalid = post("/api/ratings/batch", adminToken(), Map.of("items", items));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(invalid.getBody().get("errors")).extracting((error) -> error.get("field").asString())
			.containsExactlyInAnyOrder("items[1].userId", "items[2].stars");

		// valid values, but an unknown movie and a duplicate: checked against the data
		ResponseEntity<JsonNode> rejected = post("/api/ratings/batch", adminToken(),
				Map.of("items", List.of(items.get(0), items.get(3), items.get(4))));
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rejected.getBody().get("errors")).extracting((error) -> error.get("field").asString())
			.containsExactlyInAnyOrder("items[1].movieId", "items[2].movieId");
		assertThat(rejected.getBody().get("errors"))
			.anySatisfy((error) -> assertThat(error.get("message").asString()).isEqualTo("movie does not exist"));

		assertThat(
				this.jdbc.sql("SELECT count(*) FROM rating WHERE movie_id = ?").param(movie).query(Long.class).single())
			.isZero();
	}

	@Test
	void rejectsEmptyOversizedAndMalformedBatches() {
		UUID movie = knownMovie();
		assertThat(post("/api/ratings/batch", adminToken(), Map.of("items", List.of())).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("/api/ratings/batch", adminToken(), batchOf(movie, 1, 5001, 4.0)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("/api/ratings/batch", adminToken(), "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("/api/ratings/batch", adminToken(),
				"{\"items\": [{\"userId\": \"movielens:1\", \"movieId\": \"" + movie
						+ "\", \"stars\": 4, \"ratedAt\": \"2001-01-01T00:00:00Z\", \"extra\": 1}]}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> missing = post("/api/ratings/batch", adminToken(),
				"{\"items\": [{\"userId\": \"movielens:1\", \"movieId\": \"" + movie + "\", \"stars\": 4}]}");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(missing.getBody().get("errors").get(0).get("field").asString()).isEqualTo("items[0].ratedAt");
	}

	@Test
	void onlyAnAdminMayWriteBatches() {
		UUID movie = knownMovie();
		ResponseEntity<JsonNode> response = post("/api/ratings/batch", userToken(newUser()), batchOf(movie, 1, 1, 4.0));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("/api/ratings/batch", null, batchOf(movie, 1, 1, 4.0)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
