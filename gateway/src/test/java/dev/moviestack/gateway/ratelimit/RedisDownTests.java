package dev.moviestack.gateway.ratelimit;

import dev.moviestack.gateway.support.RedisDownEnvironment;
import dev.moviestack.gateway.support.WireMockStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * With Redis unresponsive the rate limiters let requests through (after the Redis timeout
 * of 500 ms), instead of failing or hanging them: the gateway keeps serving, unlimited,
 * and says so with {@code X-RateLimit-Remaining: -1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.structured.format.console=")
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = RedisDownEnvironment.class)
class RedisDownTests {

	@Autowired
	WebTestClient client;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	@Test
	void anApiCallGoesThroughUnlimited() {
		for (int call = 0; call < 3; call++) {
			this.client.get()
				.uri("/api/movies/42")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", "-1");
		}
		WireMockStack.CATALOG.verify(3, getRequestedFor(urlEqualTo("/api/movies/42")));
	}

	@Test
	void aLoginGoesThrough() {
		WireMockStack.KEYCLOAK.stubFor(post(urlPathEqualTo("/realms/moviestack/protocol/openid-connect/token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":300,"
						+ "\"refresh_expires_in\":1800,\"token_type\":\"Bearer\"}")));

		this.client.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\":\"alice\",\"password\":\"x\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

}
