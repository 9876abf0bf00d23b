package dev.moviestack.rating;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.moviestack.contract.catalog.MovieCreated;
import dev.moviestack.contract.catalog.MovieEvent;
import dev.moviestack.contract.catalog.MovieSnapshot;
import dev.moviestack.contract.user.UserEvent;
import dev.moviestack.platform.test.RealInfrastructure;
import dev.moviestack.platform.test.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.web.client.RestClient;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.ContextConfiguration;

import static org.awaitility.Awaitility.await;

/**
 * The one Spring context every integration test shares: rating-service on a fresh
 * PostgreSQL database of the test stack, the real Kafka broker and signed test tokens.
 * Each test works on its own movies and users, so tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.consumer.group-id=rating-test-${random.uuid}",
				"spring.kafka.consumer.auto-offset-reset=latest" })
@ContextConfiguration(initializers = RealInfrastructure.class)
abstract class RatingIntegrationTest {

	/** Partitions of an auto-created topic on the test stack. */
	private static final int PARTITIONS = 3;

	@LocalServerPort
	private int port;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private KafkaTemplate<Object, Object> kafka;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@BeforeEach
	void listenersAreAssigned() {
		// with auto-offset-reset=latest, an event sent before assignment would be missed
		this.listeners.getListenerContainers()
			.forEach((container) -> ContainerTestUtils.waitForAssignment(container, PARTITIONS));
	}

	protected static String userToken(String subject) {
		return TestJwtIssuer.get().userToken(subject);
	}

	protected static String adminToken() {
		return TestJwtIssuer.get().adminToken();
	}

	protected static String newUser() {
		return "user-" + UUID.randomUUID();
	}

	protected static MovieSnapshot snapshot(UUID id, String title, long version) {
		Instant now = Instant.now();
		return new MovieSnapshot(id, title, null, 1995, Set.of("Comedy"), null, 90, MovieSnapshot.ExternalIds.none(),
				now, now, version);
	}

	/** Sends the event the way catalog-service's outbox does. */
	protected void publish(MovieEvent event) {
		publish(MovieEvent.TOPIC, event.movieId().toString(), event);
	}

	/** Sends the event the way user-service's outbox does. */
	protected void publish(UserEvent event) {
		publish(UserEvent.TOPIC, event.userId(), event);
	}

	/**
	 * Sends an event under a chosen key: a marker under another aggregate's key lands on
	 * its partition behind the events sent before.
	 */
	protected void publish(String topic, String key, Object event) {
		this.kafka
			.send(MessageBuilder.withPayload(event)
				.setHeader(KafkaHeaders.TOPIC, topic)
				.setHeader(KafkaHeaders.KEY, key)
				.build())
			.join();
	}

	/** A movie the catalog created and this service has projected. */
	protected UUID knownMovie() {
		return knownMovie("Movie " + UUID.randomUUID());
	}

	protected UUID knownMovie(String title) {
		UUID id = UUID.randomUUID();
		publish(MovieCreated.of(snapshot(id, title, 1)));
		awaitProjected(id, 1);
		return id;
	}

	protected void awaitProjected(UUID movieId, long version) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM known_movie WHERE movie_id = ? AND version >= ?")
				.params(movieId, version)
				.query(Long.class)
				.single() == 1);
	}

	protected ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, Object body) {
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port)
			.method(method)
			.uri(path)
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			});
		if (body != null) {
			String content = (body instanceof String text) ? text : this.json.writeValueAsString(body);
			request.contentType(MediaType.APPLICATION_JSON).body(content);
		}
		return request.exchange((clientRequest, response) -> {
			String content = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
			JsonNode node = content.isEmpty() ? null : this.json.readTree(content);
			return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(node);
		});
	}

	protected ResponseEntity<JsonNode> get(String path, String token) {
		return call(HttpMethod.GET, path, token, null);
	}

	protected ResponseEntity<JsonNode> put(String path, String token, Object body) {
		return call(HttpMethod.PUT, path, token, body);
	}

	protected ResponseEntity<JsonNode> delete(String path, String token) {
		return call(HttpMethod.DELETE, path, token, null);
	}

	protected ResponseEntity<JsonNode> post(String path, String token, Object body) {
		return call(HttpMethod.POST, path, token, body);
	}

	/** A batch request body: users {@code movielens:first..last} rate the movie. */
	protected static Map<String, Object> batchOf(UUID movie, int firstUser, int lastUser, double stars) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int user = firstUser; user <= lastUser; user++) {
			items.add(item("movielens:" + user, movie, stars, Instant.parse("2000-01-01T00:00:00Z").plusSeconds(user)));
		}
		return Map.of("items", items);
	}

	protected static Map<String, Object> item(String userId, UUID movie, Object stars, Instant ratedAt) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("userId", userId);
		item.put("movieId", movie.toString());
		item.put("stars", stars);
		item.put("ratedAt", ratedAt.toString());
		return item;
	}

	protected ResponseEntity<JsonNode> rate(String token, UUID movieId, double stars) {
		return put("/api/movies/" + movieId + "/rating", token, "{\"stars\": " + stars + "}");
	}

}
