package dev.moviestack.gateway.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Assertions on the problem responses of the gateway. */
public final class Problems {

	public static final String BASE = "https://moviestack.dev/problems/";

	private Problems() {
	}

	/**
	 * Asserts an {@code application/problem+json} answer of {@code status} and
	 * {@code type} (the last segment of the type URI), and returns its body for more
	 * assertions.
	 */
	public static WebTestClient.BodyContentSpec assertProblem(WebTestClient.ResponseSpec response, int status,
			String type) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(BASE + type)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.requestId")
			.isNotEmpty();
	}

}
