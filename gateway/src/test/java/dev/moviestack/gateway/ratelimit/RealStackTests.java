package dev.moviestack.gateway.ratelimit;

import java.util.concurrent.ThreadLocalRandom;

import dev.moviestack.gateway.support.RealStackEnvironment;
import dev.moviestack.gateway.support.WireMockStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.moviestack.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against the test stack's real Keycloak and Redis: login, refresh and logout
 * with the realm's demo users, and the Redis token buckets (one call per minute per
 * caller and route here; three logins per minute per address). Each test acts from its
 * own client address (X-Forwarded-For of a trusted proxy) and the buckets of each run
 * have their own key prefix, so tests and runs never share a bucket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.structured.format.console=")
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = RealStackEnvironment.class)
class RealStackTests {

	@Autowired
	WebTestClient client;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	private static String newAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private WebTestClient.ResponseSpec post(String address, String path, String json) {
		return this.client.post()
			.uri(path)
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	private WebTestClient.BodyContentSpec login(String address, String user, String password) {
		return post(address, "/api/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private String accessToken(String address, String user, String password) {
		String[] token = new String[1];
		login(address, user, password).jsonPath("$.accessToken").value((String value) -> token[0] = value);
		return token[0];
	}

	@Test
	void aUserLogsInCallsTheApiRefreshesAndLogsOut() {
		String address = newAddress();
		String[] tokens = new String[2];
		login(address, "alice", "alice-dev-password").jsonPath("$.tokenType")
			.isEqualTo("Bearer")
			.jsonPath("$.expiresIn")
			.value((Integer seconds) -> assertThat(seconds).isPositive())
			.jsonPath("$.accessToken")
			.value((String token) -> tokens[0] = token)
			.jsonPath("$.refreshToken")
			.value((String token) -> tokens[1] = token);

		// Keycloak's token is valid at the gateway and reaches the service untouched
		this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(tokens[0]))
			.exchange()
			.expectStatus()
			.isOk();
		WireMockStack.USERS.verify(getRequestedFor(urlEqualTo("/api/users/me")).withHeader("Authorization",
				equalTo("Bearer " + tokens[0])));

		post(address, "/api/auth/refresh", "{\"refreshToken\":\"" + tokens[1] + "\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.accessToken")
			.isNotEmpty();
		post(address, "/api/auth/logout", "{\"refreshToken\":\"" + tokens[1] + "\"}").expectStatus().isNoContent();
		assertProblem(post(address, "/api/auth/refresh", "{\"refreshToken\":\"" + tokens[1] + "\"}"), 401,
				"unauthorized");
	}

	@Test
	void aWrongPasswordIsA401Problem() {
		assertProblem(post(newAddress(), "/api/auth/login", "{\"username\":\"alice\",\"password\":\"wrong\"}"), 401,
				"unauthorized");
	}

	@Test
	void loginAttemptsAreLimitedPerClientAddress() {
		String guesser = newAddress();
		for (int attempt = 0; attempt < 3; attempt++) {
			assertProblem(
					post(guesser, "/api/auth/login", "{\"username\":\"alice\",\"password\":\"guess-" + attempt + "\"}"),
					401, "unauthorized");
		}
		WebTestClient.ResponseSpec limited = post(guesser, "/api/auth/login",
				"{\"username\":\"alice\",\"password\":\"alice-dev-password\"}");
		limited.expectHeader()
			.value("Retry-After", (seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 20));
		assertProblem(limited, 429, "too-many-requests");
		// another address is not affected
		login(newAddress(), "alice", "alice-dev-password");
	}

	@Test
	void eachUserHasABucketOfTheirOwn() {
		String admin = accessToken(newAddress(), "admin", "admin-dev-password");
		String alice = accessToken(newAddress(), "alice", "alice-dev-password");

		this.client.get().uri("/api/movies/1").headers((h) -> h.setBearerAuth(admin)).exchange().expectStatus().isOk();
		WebTestClient.ResponseSpec limited = this.client.get()
			.uri("/api/movies/1")
			.headers((h) -> h.setBearerAuth(admin))
			.exchange();
		limited.expectHeader()
			.value("Retry-After", (seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60))
			.expectHeader()
			.valueEquals("X-RateLimit-Burst-Capacity", "60");
		assertProblem(limited, 429, "too-many-requests");

		// alice's bucket is full although she calls from the same address
		this.client.get().uri("/api/movies/1").headers((h) -> h.setBearerAuth(alice)).exchange().expectStatus().isOk();
		WireMockStack.CATALOG.verify(2, getRequestedFor(urlEqualTo("/api/movies/1")));
	}

	@Test
	void anonymousCallersAreLimitedPerAddress() {
		String first = newAddress();
		this.client.get().uri("/api/movies/2").header("X-Forwarded-For", first).exchange().expectStatus().isOk();
		assertProblem(this.client.get().uri("/api/movies/2").header("X-Forwarded-For", first).exchange(), 429,
				"too-many-requests");
		this.client.get().uri("/api/movies/2").header("X-Forwarded-For", newAddress()).exchange().expectStatus().isOk();
	}

}
