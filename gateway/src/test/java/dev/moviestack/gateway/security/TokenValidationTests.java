package dev.moviestack.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.moviestack.gateway.support.GatewayTest;
import dev.moviestack.gateway.support.TestTokens;
import dev.moviestack.gateway.support.WireMockStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.moviestack.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The gateway validates every token like the services do: RS256 signature from the
 * realm's JWKS (served by WireMock), expiry, issuer and audience; realm roles decide. A
 * rejected call never reaches a service.
 */
@GatewayTest
class TokenValidationTests {

	@Autowired
	WebTestClient client;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	@Test
	void aValidTokenReachesTheServiceWithItsAuthorizationHeader() {
		String token = TestTokens.user("alice");
		this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("users");
		WireMockStack.USERS.verify(1,
				getRequestedFor(urlEqualTo("/api/users/me")).withHeader("Authorization", equalTo("Bearer " + token)));
	}

	static Stream<Arguments> rejectedTokens() {
		Instant now = Instant.now();
		return Stream.of(
				argumentSet("expired",
						(Supplier<String>) () -> TestTokens.sign(TestTokens.claims("alice", "user")
							.issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
							.expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))
							.build())),
				argumentSet("not valid yet",
						(Supplier<String>) () -> TestTokens.sign(TestTokens.claims("alice", "user")
							.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))
							.build())),
				argumentSet("wrong issuer", (Supplier<String>) () -> TestTokens
					.sign(TestTokens.claims("alice", "user").issuer("http://localhost:1/realms/someone-else").build())),
				argumentSet("wrong audience", (Supplier<String>) () -> TestTokens
					.sign(TestTokens.claims("alice", "user").audience(List.of("account", "another-api")).build())),
				argumentSet("no audience",
						(Supplier<String>) () -> TestTokens
							.sign(TestTokens.claims("alice", "user").audience((String) null).build())),
				argumentSet("alg none",
						(Supplier<String>) () -> TestTokens.unsigned(TestTokens.claims("alice", "user").build())),
				argumentSet("tampered payload", (Supplier<String>) () -> TestTokens.tampered(TestTokens.user("alice"))),
				argumentSet("signed by a foreign key",
						(Supplier<String>) () -> TestTokens
							.signWithForeignKey(TestTokens.claims("alice", "user").build())),
				argumentSet("not a JWT", (Supplier<String>) () -> "not-a-jwt"));
	}

	@ParameterizedTest
	@MethodSource("rejectedTokens")
	void aBadTokenIsA401ProblemAndNeverReachesTheService(Supplier<String> token) {
		WebTestClient.ResponseSpec response = this.client.get()
			.uri("/api/users/me")
			.headers((headers) -> headers.setBearerAuth(token.get()))
			.exchange();
		response.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		assertProblem(response, 401, "unauthorized").jsonPath("$.instance").isEqualTo("/api/users/me");
		WireMockStack.USERS.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aTokenIsValidatedOnceAndThenRemembered(@Autowired ReactiveJwtDecoder decoder) {
		String token = TestTokens.user("frank");

		Jwt first = decoder.decode(token).block();
		Jwt again = decoder.decode(token).block();

		assertThat(again).isSameAs(first);
	}

	@Test
	void aTamperedCopyOfATokenTheGatewayAlreadyAcceptedIsRefused() {
		String token = TestTokens.user("eve");
		this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(token)).exchange().expectStatus().isOk();

		assertProblem(this.client.post()
			.uri("/api/movies")
			.headers((h) -> h.setBearerAuth(TestTokens.tampered(token)))
			.bodyValue("{}")
			.exchange(), 401, "unauthorized");
		WireMockStack.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aBadTokenIsRefusedEvenOnAPublicRoute() {
		String expired = TestTokens.sign(TestTokens.claims("alice", "user")
			.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
			.build());
		assertProblem(this.client.get().uri("/api/movies").headers((h) -> h.setBearerAuth(expired)).exchange(), 401,
				"unauthorized");
		WireMockStack.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void noTokenOnAPersonalRouteIsA401Problem() {
		WebTestClient.ResponseSpec response = this.client.get().uri("/api/users/me").exchange();
		response.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		assertProblem(response, 401, "unauthorized");
		WireMockStack.USERS.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aValidTokenWithoutTheUserRoleIsA403Problem() {
		String roleless = TestTokens.sign(TestTokens.claims("carol").build());
		assertProblem(this.client.get().uri("/api/users/me").headers((h) -> h.setBearerAuth(roleless)).exchange(), 403,
				"forbidden");
		WireMockStack.USERS.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aUserCannotWriteTheCatalog() {
		assertProblem(this.client.post()
			.uri("/api/movies")
			.headers((h) -> h.setBearerAuth(TestTokens.user("alice")))
			.bodyValue("{\"title\":\"Not allowed\"}")
			.exchange(), 403, "forbidden");
		WireMockStack.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

}
