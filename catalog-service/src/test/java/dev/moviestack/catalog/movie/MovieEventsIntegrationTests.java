package dev.moviestack.catalog.movie;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.moviestack.catalog.IntegrationTest;
import dev.moviestack.catalog.TopicProbe;
import dev.moviestack.contract.catalog.MovieEvent;
import dev.moviestack.platform.test.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches catalog.movie.v1: one event per change, keyed by movie id, with
 * CloudEvents headers and the full snapshot; and the counters that say so.
 */
class MovieEventsIntegrationTests extends IntegrationTest {

	@Autowired
	private JsonMapper json;

	@Test
	void everyChangeIsPublishedWithCloudEventsHeadersAndTheFullSnapshot() {
		try (TopicProbe topic = TopicProbe.fromNow(TestInfrastructure.kafkaBootstrapServers(), MovieEvent.TOPIC)) {
			Map<String, Object> movie = MovieApiIntegrationTests.movie("Fargo", 1996,
					List.of("Comedy", "Crime", "Drama", "Thriller"));
			movie.put("originalTitle", "Fargo");
			movie.put("runtimeMinutes", 98);
			URI location = this.admin.post()
				.uri("/api/movies")
				.contentType(MediaType.APPLICATION_JSON)
				.body(movie)
				.exchange()
				.expectStatus()
				.isCreated()
				.returnResult(String.class)
				.getResponseHeaders()
				.getLocation();
			String id = location.getPath().substring("/api/movies/".length());
			this.admin.patch()
				.uri(location)
				.header(HttpHeaders.IF_MATCH, "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"overview\": \"Murder in the snow.\"}")
				.exchange()
				.expectStatus()
				.isOk();
			this.admin.delete().uri(location).exchange().expectStatus().isNoContent();

			// async externalization may send one movie's events out of order (consumers
			// keep the highest
			// version), so compare them in version order
			List<ConsumerRecord<String, String>> records = topic
				.await(TopicProbe.keyIn(Set.of(id)), 3, Duration.ofSeconds(60))
				.stream()
				.sorted(Comparator
					.comparingLong((record) -> this.json.readTree(record.value()).get("movie").get("version").asLong()))
				.toList();

			List<JsonNode> events = records.stream().map((record) -> this.json.readTree(record.value())).toList();
			assertThat(events).extracting((event) -> event.get("type").asString())
				.containsExactly("MovieCreated", "MovieUpdated", "MovieDeleted");
			assertThat(events).extracting((event) -> event.get("movie").get("version").asLong())
				.containsExactly(0L, 1L, 2L);
			JsonNode created = events.get(0).get("movie");
			assertThat(this.json.treeToValue(created, Map.class))
				.containsAllEntriesOf(Map.of("id", id, "title", "Fargo", "originalTitle", "Fargo", "releaseYear", 1996,
						"genres", List.of("Comedy", "Crime", "Drama", "Thriller"), "runtimeMinutes", 98, "externalIds",
						movie.get("externalIds")));
			assertThat(created.get("createdAt").asString()).isEqualTo(created.get("updatedAt").asString());
			assertThat(events.get(1).get("movie").get("overview").asString()).isEqualTo("Murder in the snow.");
			assertThat(events.get(2).get("movie").get("title").asString()).isEqualTo("Fargo");

			String[] types = { "created", "updated", "deleted" };
			for (int i = 0; i < 3; i++) {
				ConsumerRecord<String, String> record = records.get(i);
				assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
				assertThat(header(record, "ce_type")).isEqualTo("dev.moviestack.catalog.movie." + types[i] + ".v1");
				assertThat(header(record, "ce_source")).isEqualTo("/moviestack/catalog-service");
				assertThat(header(record, "ce_subject")).isEqualTo(id);
				assertThat(header(record, "ce_id")).isEqualTo(events.get(i).get("eventId").asString());
				assertThat(Instant.parse(header(record, "ce_time")))
					.isEqualTo(Instant.parse(events.get(i).get("occurredAt").asString()));
			}
		}
	}

	@Test
	void aBatchPublishesOneCreatedEventPerNewMovieOnly() {
		List<Map<String, Object>> items = List.of(MovieApiIntegrationTests.movie("Batch A", 2001, List.of("Drama")),
				MovieApiIntegrationTests.movie("Batch B", 2002, List.of("Drama")));
		try (TopicProbe topic = TopicProbe.fromNow(TestInfrastructure.kafkaBootstrapServers(), MovieEvent.TOPIC)) {
			JsonNode result = this.json.readTree(importBatch(items));
			JsonNode again = this.json.readTree(importBatch(items));
			assertThat(again.get("existing").asInt()).isEqualTo(2);
			Set<String> ids = Set.of(result.get("items").get(0).get("id").asString(),
					result.get("items").get(1).get("id").asString());

			List<ConsumerRecord<String, String>> records = topic.await(TopicProbe.keyIn(ids), 2,
					Duration.ofSeconds(60));
			assertThat(records).extracting((record) -> this.json.readTree(record.value()).get("type").asString())
				.containsOnly("MovieCreated");
			// the repeated batch added nothing: a third poll window finds no further
			// event
			assertThat(topic.pollFor(TopicProbe.keyIn(ids), Duration.ofSeconds(2))).isEmpty();
		}
	}

	@Test
	void publishedEventsAndRequestTimingsAreExportedToPrometheus() {
		try (TopicProbe topic = TopicProbe.fromNow(TestInfrastructure.kafkaBootstrapServers(), MovieEvent.TOPIC)) {
			String id = this.json
				.readTree(importBatch(List.of(MovieApiIntegrationTests.movie("Counted", 2003, List.of("Drama")))))
				.get("items")
				.get(0)
				.get("id")
				.asString();
			topic.await(TopicProbe.keyIn(Set.of(id)), 1, Duration.ofSeconds(60));
		}

		String metrics = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics)
			.containsPattern("moviestack_events_published_total\\{[^}]*topic=\"catalog.movie.v1\"[^}]*} [1-9]")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/movies/batch\"")
			.contains("application=\"catalog-service\"");
	}

	private String importBatch(List<Map<String, Object>> items) {
		return this.admin.post()
			.uri("/api/movies/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("items", items))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		assertThat(header).as("header " + name).isNotNull();
		return new String(header.value(), StandardCharsets.UTF_8);
	}

}
