package dev.moviestack.user.account;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;

import dev.moviestack.user.UserServiceIntegrationTest;
import dev.moviestack.user.support.KeycloakTestRealm;
import dev.moviestack.user.support.TestMailServer;
import dev.moviestack.user.support.UserTopicProbe;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sign-up against the real Keycloak, PostgreSQL and Kafka of the test stack. */
class SignUpIntegrationTests extends UserServiceIntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@BeforeEach
	void installFailureHooks() {
		// test hooks in this context's own database: a profile or an outbox entry
		// carrying the
		// marker cannot be written, as if the database failed at that point
		this.jdbc.sql("""
				CREATE OR REPLACE FUNCTION fail_marked_write() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  IF TG_TABLE_NAME = 'user_profile' THEN
				    IF NEW.display_name LIKE 'fail-profile-%' THEN
				      RAISE EXCEPTION 'test hook: profile insert fails';
				    END IF;
				  ELSIF NEW.serialized_event LIKE '%fail-outbox-%' THEN
				    RAISE EXCEPTION 'test hook: outbox insert fails';
				  END IF;
				  RETURN NEW;
				END $$""").update();
		this.jdbc.sql("DROP TRIGGER IF EXISTS fail_marked_profile ON user_profile").update();
		this.jdbc
			.sql("CREATE TRIGGER fail_marked_profile BEFORE INSERT ON user_profile "
					+ "FOR EACH ROW EXECUTE FUNCTION fail_marked_write()")
			.update();
		this.jdbc.sql("DROP TRIGGER IF EXISTS fail_marked_outbox ON event_publication").update();
		this.jdbc
			.sql("CREATE TRIGGER fail_marked_outbox BEFORE INSERT ON event_publication "
					+ "FOR EACH ROW EXECUTE FUNCTION fail_marked_write()")
			.update();
	}

	@Test
	void createsTheKeycloakAccountWithRoleUserTheProfileAndUserRegistered() {
		String username = uniqueUsername("signup");
		try (UserTopicProbe topic = UserTopicProbe.openAtEnd()) {
			ResponseEntity<String> response = signUp(username, "Thomas A. Anderson");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			JsonNode body = read(response);
			String id = body.get("id").asString();
			assertThat(response.getHeaders().getLocation()).hasToString("/api/users/" + id);
			assertThat(body.get("username").asString()).isEqualTo(username);
			assertThat(body.get("email").asString()).isEqualTo(emailOf(username));
			assertThat(body.get("displayName").asString()).isEqualTo("Thomas A. Anderson");

			UserRepresentation account = KeycloakTestRealm.get().findById(id).orElseThrow();
			assertThat(account.getUsername()).isEqualTo(username);
			assertThat(account.getEmail()).isEqualTo(emailOf(username));
			assertThat(account.getFirstName()).isEqualTo("Thomas");
			assertThat(account.getLastName()).isEqualTo("A. Anderson");
			assertThat(account.isEnabled()).isTrue();
			assertThat(account.isEmailVerified()).isTrue();
			assertThat(KeycloakTestRealm.get().directRealmRoles(id)).contains("user");

			assertThat(this.jdbc.sql("SELECT username, email, display_name FROM user_profile WHERE user_id = :id")
				.param("id", id)
				.query()
				.singleRow()).containsEntry("username", username)
				.containsEntry("email", emailOf(username))
				.containsEntry("display_name", "Thomas A. Anderson");

			ConsumerRecord<String, String> event = topic.await(id, "UserRegistered", WAIT);
			JsonNode payload = this.json.readTree(event.value());
			assertThat(payload.get("userId").asString()).isEqualTo(id);
			assertThat(payload.get("username").asString()).isEqualTo(username);
			assertThat(payload.get("email").asString()).isEqualTo(emailOf(username));
			assertThat(payload.get("displayName").asString()).isEqualTo("Thomas A. Anderson");
			Map<String, String> headers = UserTopicProbe.headers(event);
			assertThat(headers).containsEntry("ce_type", "dev.moviestack.user.registered.v1")
				.containsEntry("ce_source", "/moviestack/user-service")
				.containsEntry("ce_subject", id)
				.containsEntry("ce_id", payload.get("eventId").asString());
		}
	}

	@Test
	void theNewUserCanLogInWithThePasswordGrantAndGetsTheRoleUser() {
		String username = uniqueUsername("login");
		String id = signedUp(username, "Trinity");

		HttpResponse<String> token = KeycloakTestRealm.get().passwordGrant(username, passwordOf(username));

		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		JsonNode claims = accessTokenClaims(token.body());
		assertThat(claims.get("sub").asString()).isEqualTo(id);
		assertThat(claims.get("realm_access").get("roles").valueStream().map(JsonNode::asString)).contains("user")
			.doesNotContain("admin");
		assertThat(claims.get("aud").toString()).contains("moviestack-api");
	}

	@Test
	void sendsTheWelcomeMail() throws Exception {
		String username = uniqueUsername("welcome");
		String id = signedUp(username, "Morpheus");

		await().atMost(WAIT).until(() -> !TestMailServer.messagesTo(emailOf(username)).isEmpty());
		MimeMessage mail = TestMailServer.messagesTo(emailOf(username)).get(0);
		assertThat(mail.getSubject()).isEqualTo("Welcome to MovieStack");
		assertThat(mail.getMessageID()).isEqualTo("<welcome." + id + "@moviestack.dev>");
		assertThat(new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("Hello Morpheus")
			.contains(username);
	}

	@Test
	void aTakenEmailIsA409AndStoresNothing() {
		String first = uniqueUsername("first");
		signedUp(first, "First");
		String second = uniqueUsername("second");

		ResponseEntity<String> response = signUp(second, emailOf(first).toUpperCase(), "Second");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(read(response).get("detail").asString())
			.isEqualTo("An account with this e-mail address already exists");
		assertThat(KeycloakTestRealm.get().findByUsername(second)).isEmpty();
		assertThat(profilesNamed(second)).isZero();
	}

	@Test
	void aTakenUsernameIsA409() {
		String username = uniqueUsername("taken");
		signedUp(username, "Taken");

		ResponseEntity<String> response = signUp(username, "other-" + emailOf(username), "Other");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(read(response).get("detail").asString()).isEqualTo("This username is already taken");
		assertThat(profilesNamed(username)).isOne();
	}

	@Test
	void aFailingProfileInsertDeletesTheKeycloakAccountAgain() {
		String username = uniqueUsername("noprofile");

		ResponseEntity<String> response = signUp(username, "fail-profile-" + username);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(read(response).get("detail").asString())
			.isEqualTo("The account could not be stored; nothing was kept, please try again");
		assertThat(KeycloakTestRealm.get().findByUsername(username)).isEmpty();
		assertThat(profilesNamed(username)).isZero();
	}

	@Test
	void aFailingOutboxWriteRollsTheProfileBackAndDeletesTheKeycloakAccount() {
		String username = uniqueUsername("nooutbox");

		ResponseEntity<String> response = signUp(username, "fail-outbox-" + username);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(KeycloakTestRealm.get().findByUsername(username)).isEmpty();
		assertThat(profilesNamed(username)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :name")
			.param("name", "%" + username + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aRetryAfterACompensatedFailureSucceeds() {
		String username = uniqueUsername("retry");
		assertThat(signUp(username, "fail-profile-" + username).getStatusCode())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

		assertThat(signUp(username, "Retried").getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private int profilesNamed(String username) {
		return this.jdbc.sql("SELECT count(*) FROM user_profile WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	private JsonNode accessTokenClaims(String tokenResponse) {
		String accessToken = this.json.readTree(tokenResponse).get("access_token").asString();
		String payload = accessToken.split("\\.")[1];
		return this.json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

}
