package dev.moviestack.user;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import dev.moviestack.platform.test.RealInfrastructure;
import dev.moviestack.platform.test.TestJwtIssuer;
import dev.moviestack.user.erasure.AccountErasure;
import dev.moviestack.user.support.TestMailServer;
import dev.moviestack.user.support.UserTopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users see when Keycloak fails, with WireMock standing in for it (the real one
 * cannot be made to fail on demand); database and Kafka are the real ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "moviestack.welcome.consumer-group=user-service-outage-test-${random.uuid}",
				"moviestack.erasure.retry-interval=1h", "moviestack.keycloak.read-timeout=1s" })
@ContextConfiguration(initializers = RealInfrastructure.class)
@AutoConfigureTestRestTemplate
class KeycloakOutageIntegrationTests {

	private static final String USERS = "/admin/realms/moviestack/users";

	@RegisterExtension
	static WireMockExtension keycloak = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private AccountErasure erasure;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("moviestack.keycloak.url", keycloak::baseUrl);
		registry.add("spring.mail.host", TestMailServer::host);
		registry.add("spring.mail.port", TestMailServer::port);
	}

	@BeforeEach
	void serviceAccountCanLogIn() {
		keycloak.stubFor(post("/realms/moviestack/protocol/openid-connect/token")
			.willReturn(okJson("{\"access_token\":\"test-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
	}

	@Test
	void keycloakFailingOnCreateIsA503AndStoresNothing() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withStatus(500)));
		String username = "outage-" + UUID.randomUUID().toString().substring(0, 8);

		ResponseEntity<String> response = signUp(username);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(this.json.readTree(response.getBody()).get("type").asString())
			.isEqualTo("https://moviestack.dev/problems/service-unavailable");
		assertThat(count("SELECT count(*) FROM user_profile WHERE username = :value", username)).isZero();
		assertThat(count("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :value",
				"%" + username + "%"))
			.isZero();
	}

	@Test
	void keycloakUnreachableIsA503() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		String username = "unreachable-" + UUID.randomUUID().toString().substring(0, 8);

		assertThat(signUp(username).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(count("SELECT count(*) FROM user_profile WHERE username = :value", username)).isZero();
	}

	@Test
	void keycloakFailingOnErasureIsA503ThatFinishesLater() {
		String id = UUID.randomUUID().toString();
		String token = TestJwtIssuer.get().userToken(id);
		assertThat(call(HttpMethod.GET, token).getStatusCode()).isEqualTo(HttpStatus.OK);
		keycloak.stubFor(delete(USERS + "/" + id).willReturn(aResponse().withStatus(500)));

		try (UserTopicProbe topic = UserTopicProbe.openAtEnd()) {
			ResponseEntity<String> response = call(HttpMethod.DELETE, token);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(this.json.readTree(response.getBody()).get("detail").asString())
				.startsWith("Your data has been erased");
			// the data is gone and the event is out, whatever Keycloak does
			assertThat(count("SELECT count(*) FROM user_profile WHERE user_id = :value", id)).isZero();
			topic.await(id, "UserDeleted", Duration.ofSeconds(30));
		}
		assertThat(pendingAttempts(id)).isOne();
		assertThat(call(HttpMethod.GET, token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		keycloak.stubFor(delete(USERS + "/" + id).willReturn(aResponse().withStatus(204)));
		this.erasure.retryPendingLogins();

		keycloak.verify(2, deleteRequestedFor(urlEqualTo(USERS + "/" + id)));
		assertThat(
				count("SELECT count(*) FROM account_erasure WHERE login_deleted_at IS NULL AND user_id = :value", id))
			.isZero();
	}

	private ResponseEntity<String> signUp(String username) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<String, String> body = Map.of("username", username, "email", username + "@example.test", "password",
				"a-long-enough-secret", "displayName", "Outage Test");
		return this.rest.exchange("/api/users", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private ResponseEntity<String> call(HttpMethod method, String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.rest.exchange("/api/users/me", method, new HttpEntity<>(headers), String.class);
	}

	private int count(String sql, String value) {
		return this.jdbc.sql(sql).param("value", value).query(Integer.class).single();
	}

	private int pendingAttempts(String id) {
		return this.jdbc.sql("SELECT attempts FROM account_erasure WHERE user_id = :id AND login_deleted_at IS NULL")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

}
