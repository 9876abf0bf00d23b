package dev.moviestack.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.moviestack.platform.test.RealInfrastructure;
import dev.moviestack.platform.test.TestInfrastructure;
import dev.moviestack.platform.test.TestJwtIssuer;
import dev.moviestack.user.support.KeycloakTestRealm;
import dev.moviestack.user.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context the integration tests share: user-service on a fresh PostgreSQL
 * database of the test stack, its Kafka broker and its REAL Keycloak (realm moviestack,
 * through the admin client), an SMTP server in the JVM, and signed test tokens for the
 * service's own endpoints. Every test makes accounts with unique random names and deletes
 * them from Keycloak afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "moviestack.welcome.consumer-group=user-service-test-${random.uuid}",
				// tests run the erasure retry themselves
				"moviestack.erasure.retry-interval=1h" })
@ContextConfiguration(initializers = RealInfrastructure.class)
@AutoConfigureTestRestTemplate
public abstract class UserServiceIntegrationTest {

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	private final List<String> usernames = new ArrayList<>();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("moviestack.keycloak.url", TestInfrastructure::keycloakUrl);
		registry.add("spring.mail.host", TestMailServer::host);
		registry.add("spring.mail.port", TestMailServer::port);
	}

	@AfterEach
	void deleteAccountsFromKeycloak() {
		this.usernames.forEach(KeycloakTestRealm.get()::deleteByUsername);
	}

	/** A username no other test run uses; its account is deleted after the test. */
	protected String uniqueUsername(String purpose) {
		String username = ("it-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8));
		this.usernames.add(username);
		return username;
	}

	protected static String emailOf(String username) {
		return username + "@example.test";
	}

	protected static String passwordOf(String username) {
		return "a-long-secret-" + new StringBuilder(username).reverse();
	}

	protected ResponseEntity<String> signUp(String username, String displayName) {
		return signUp(username, emailOf(username), displayName);
	}

	protected ResponseEntity<String> signUp(String username, String email, String displayName) {
		return call(HttpMethod.POST, "/api/users", null, Map.of("username", username, "email", email, "password",
				passwordOf(username), "displayName", displayName));
	}

	/** Signs up and returns the new account's id. */
	protected String signedUp(String username, String displayName) {
		ResponseEntity<String> response = signUp(username, displayName);
		if (response.getStatusCode().value() != 201) {
			throw new AssertionError("Sign-up failed: " + response);
		}
		return read(response).get("id").asString();
	}

	protected ResponseEntity<String> call(HttpMethod method, String path, @Nullable String token,
			@Nullable Object body) {
		HttpHeaders headers = new HttpHeaders();
		if (token != null) {
			headers.setBearerAuth(token);
		}
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		return this.rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	protected JsonNode read(ResponseEntity<String> response) {
		return this.json.readTree(response.getBody());
	}

	protected static String userToken(String subject) {
		return TestJwtIssuer.get().userToken(subject);
	}

	protected static String adminToken() {
		return TestJwtIssuer.get().adminToken();
	}

	protected int profileCount(String userId) {
		return this.jdbc.sql("SELECT count(*) FROM user_profile WHERE user_id = :id")
			.param("id", userId)
			.query(Integer.class)
			.single();
	}

}
