package dev.moviestack.user.erasure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.moviestack.user.UserServiceIntegrationTest;
import dev.moviestack.user.support.KeycloakTestRealm;
import dev.moviestack.user.support.UserTopicProbe;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Erasure against the real Keycloak, PostgreSQL and Kafka. */
class ErasureIntegrationTests extends UserServiceIntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Test
	void removesTheKeycloakAccountAndTheLocalDataAndPublishesUserDeleted() {
		String username = uniqueUsername("erase");
		String id = signedUp(username, "Mouse");
		String token = userToken(id);
		call(HttpMethod.PATCH, "/api/users/me", token, Map.of("favouriteGenres", List.of("Action")));
		// the welcome mail is part of what this service holds about the user
		await().atMost(WAIT).until(() -> rows("welcome_mail", id) == 1);

		try (UserTopicProbe topic = UserTopicProbe.openAtEnd()) {
			ResponseEntity<String> response = call(HttpMethod.DELETE, "/api/users/me", token, null);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(KeycloakTestRealm.get().findById(id)).isEmpty();
			assertThat(rows("user_profile", id)).isZero();
			assertThat(rows("welcome_mail", id)).isZero();
			assertThat(this.jdbc.sql("SELECT login_deleted_at IS NOT NULL FROM account_erasure WHERE user_id = :id")
				.param("id", id)
				.query(Boolean.class)
				.single()).isTrue();

			ConsumerRecord<String, String> event = topic.await(id, "UserDeleted", WAIT);
			JsonNode payload = this.json.readTree(event.value());
			assertThat(payload.get("userId").asString()).isEqualTo(id);
			assertThat(payload.get("occurredAt").isNull()).isFalse();
			assertThat(UserTopicProbe.headers(event)).containsEntry("ce_specversion", "1.0")
				.containsEntry("ce_type", "dev.moviestack.user.deleted.v1")
				.containsEntry("ce_source", "/moviestack/user-service")
				.containsEntry("ce_subject", id)
				.containsEntry("ce_id", payload.get("eventId").asString())
				.containsEntry("content-type", "application/json")
				.containsKey("ce_time");
		}
	}

	@Test
	void aTokenIssuedBeforeTheErasureCannotBringTheProfileBack() {
		String username = uniqueUsername("ghost");
		String id = signedUp(username, "Ghost");
		String token = userToken(id);
		assertThat(call(HttpMethod.DELETE, "/api/users/me", token, null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<String> me = call(HttpMethod.GET, "/api/users/me", token, null);

		assertThat(me.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(read(me).get("detail").asString()).isEqualTo("This account has been erased");
		assertThat(rows("user_profile", id)).isZero();
	}

	@Test
	void repeatingTheErasureIsSafe() {
		String username = uniqueUsername("twice");
		String id = signedUp(username, "Twice");
		String token = userToken(id);

		assertThat(call(HttpMethod.DELETE, "/api/users/me", token, null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(call(HttpMethod.DELETE, "/api/users/me", token, null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(KeycloakTestRealm.get().findById(id)).isEmpty();
	}

	private int rows(String table, String userId) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = :id")
			.param("id", userId)
			.query(Integer.class)
			.single();
	}

}
