package dev.moviestack.catalog;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.moviestack.contract.catalog.MovieEvent;
import dev.moviestack.platform.test.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka is down when movies are written: the writes still succeed, the events wait in the
 * outbox, and the scheduled retry delivers every one of them once a broker is back. The
 * shared test broker cannot be stopped, so this test points the service at a port of its
 * own where nothing listens, then starts a broker there.
 */
// retry every second, and let a send to the absent broker give up after a second
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "moviestack.outbox.retry-interval=1s", "moviestack.outbox.retry-older-than=1s",
				"spring.kafka.producer.properties.max.block.ms=1000",
				"spring.kafka.producer.properties.request.timeout.ms=1000",
				"spring.kafka.producer.properties.delivery.timeout.ms=2000", "spring.kafka.admin.operation-timeout=1s",
				"spring.kafka.admin.properties.default.api.timeout.ms=1000",
				"spring.kafka.admin.properties.request.timeout.ms=1000" })
@ContextConfiguration(initializers = OutboxKafkaOutageTests.BrokerThatIsNotThereYet.class)
@DirtiesContext
class OutboxKafkaOutageTests {

	static final int KAFKA_PORT = freePort();

	private static EmbeddedKafkaKraftBroker broker;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@AfterAll
	static void stopBroker() {
		if (broker != null) {
			broker.destroy();
		}
	}

	@Test
	void eventsWrittenWhileKafkaIsDownAreDeliveredWhenItIsBack() {
		RestTestClient admin = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.admin())
			.build();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 3; i++) {
			String body = admin.post()
				.uri("/api/movies")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("title", "Written during an outage " + i, "releaseYear", 2000 + i))
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			ids.add(this.json.readTree(body).get("id").asString());
		}
		String batch = admin.post()
			.uri("/api/movies/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("items",
					List.of(Map.of("title", "Batch during an outage 1", "releaseYear", 2010),
							Map.of("title", "Batch during an outage 2", "releaseYear", 2011))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		this.json.readTree(batch).get("items").forEach((item) -> ids.add(item.get("id").asString()));

		// the broker refused them: the publications stay in the outbox, counted as failed
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(metrics(admin))
				.containsPattern("moviestack_events_failed_total\\{[^}]*topic=\"catalog.movie.v1\"[^}]*} [1-9]"));
		assertThat(incompletePublications()).isEqualTo(5);
		assertThat(metrics(admin)).doesNotContain("moviestack_events_published_total");

		broker = brokerOn(KAFKA_PORT);
		broker.afterPropertiesSet();

		try (TopicProbe topic = TopicProbe.fromBeginning(broker.getBrokersAsString(), MovieEvent.TOPIC)) {
			List<JsonNode> events = topic.await(TopicProbe.keyIn(ids), ids.size(), Duration.ofSeconds(90))
				.stream()
				.map((record) -> this.json.readTree(record.value()))
				.toList();
			assertThat(events).extracting((event) -> event.get("movie").get("id").asString()).containsAll(ids);
			assertThat(events).extracting((event) -> event.get("type").asString()).containsOnly("MovieCreated");
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications() == 0);
		assertThat(metrics(admin))
			.containsPattern("moviestack_events_published_total\\{[^}]*topic=\"catalog.movie.v1\"[^}]*} [1-9]");
	}

	/**
	 * A broker in this JVM that also listens on {@code port}. The embedded broker binds
	 * its own listeners to random ports (it ignores {@code kafkaPorts}), so a third
	 * listener takes the port the service was told about.
	 */
	private static EmbeddedKafkaKraftBroker brokerOn(int port) {
		// no topics up front: the waiting producer may create catalog.movie.v1 as soon as
		// the port answers
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperties(
				Map.of("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,OUTAGE://127.0.0.1:" + port,
						"listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,OUTAGE:PLAINTEXT"));
		return broker;
	}

	private long incompletePublications() {
		// completed publications are deleted (completion-mode=delete): what is left is
		// pending
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

	private static String metrics(RestTestClient client) {
		return client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The real test stack, except that Kafka is expected on a port where nothing listens
	 * yet.
	 */
	static class BrokerThatIsNotThereYet extends RealInfrastructure {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			super.initialize(context);
			TestTokens.warmUp();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("kafkaOutage",
						Map.of("spring.kafka.bootstrap-servers", "127.0.0.1:" + KAFKA_PORT)));
		}

	}

}
