package dev.moviestack.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.moviestack.gateway.support.GatewayTest;
import dev.moviestack.gateway.support.TestTokens;
import dev.moviestack.gateway.support.WireMockStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.moviestack.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge hygiene: request ids, identity headers a client must not set, security headers,
 * CORS, trace propagation and the body size limit.
 */
@GatewayTest
class EdgeTests {

	private static final Pattern UUID_PATTERN = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

	@Autowired
	WebTestClient client;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	@Test
	void aRequestWithoutIdGetsOneThatTheServiceAndTheClientBothSee() {
		String requestId = this.client.get()
			.uri("/api/movies/1")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");
		assertThat(requestId).matches(UUID_PATTERN);
		WireMockStack.CATALOG
			.verify(getRequestedFor(urlEqualTo("/api/movies/1")).withHeader("X-Request-Id", equalTo(requestId)));
	}

	@Test
	void theClientsOwnRequestIdIsKept() {
		this.client.get()
			.uri("/api/movies/1")
			.header("X-Request-Id", "client-42.a_b")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "client-42.a_b");
		WireMockStack.CATALOG
			.verify(getRequestedFor(urlEqualTo("/api/movies/1")).withHeader("X-Request-Id", equalTo("client-42.a_b")));
	}

	@Test
	void anUnsafeRequestIdIsReplaced() {
		String requestId = this.client.get()
			.uri("/api/movies/1")
			.header("X-Request-Id", "<script>alert(1)</script>")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");
		assertThat(requestId).matches(UUID_PATTERN);
		WireMockStack.CATALOG
			.verify(getRequestedFor(urlEqualTo("/api/movies/1")).withHeader("X-Request-Id", equalTo(requestId)));
	}

	@Test
	void aProblemCarriesTheRequestIdToo() {
		assertProblem(this.client.get().uri("/api/users/me").header("X-Request-Id", "trace-me-1").exchange(), 401,
				"unauthorized")
			.jsonPath("$.requestId")
			.isEqualTo("trace-me-1");
	}

	@Test
	void identityHeadersFromTheClientNeverReachAService() {
		String token = TestTokens.user("mallory");
		this.client.get().uri("/api/users/me").headers((headers) -> {
			headers.setBearerAuth(token);
			headers.set("X-User-Id", "admin-user");
			headers.set("X-User-Roles", "admin");
			headers.set("x-roles", "admin");
			headers.set("X-Forwarded-User", "admin");
			headers.set("X-Auth-Request-Email", "admin@example.test");
			headers.set("X-MovieStack-Fallback", "popular");
			headers.set("Accept-Language", "de");
		}).exchange().expectStatus().isOk();
		WireMockStack.USERS.verify(getRequestedFor(urlEqualTo("/api/users/me")).withHeader("X-User-Id", absent())
			.withHeader("X-User-Roles", absent())
			.withHeader("X-Roles", absent())
			.withHeader("X-Forwarded-User", absent())
			.withHeader("X-Auth-Request-Email", absent())
			.withHeader("X-MovieStack-Fallback", absent())
			// the token and ordinary headers pass
			.withHeader("Authorization", equalTo("Bearer " + token))
			.withHeader("Accept-Language", equalTo("de")));
	}

	@Test
	void responsesCarrySecurityHeaders() {
		this.client.get()
			.uri("/api/movies/1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			// HSTS only over https
			.expectHeader()
			.doesNotExist("Strict-Transport-Security");
	}

	@Test
	void httpsResponsesCarryHsts(@Autowired ApplicationContext context) {
		WebTestClient overHttps = WebTestClient.bindToApplicationContext(context)
			.configureClient()
			.baseUrl("https://gateway.moviestack.test")
			.build();
		overHttps.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
	}

	@Test
	void aPreflightFromTheFrontEndIsAnsweredWithoutTouchingAService() {
		this.client.options()
			.uri("/api/movies/1/rating")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("PUT"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> assertThat(headers.toLowerCase()).contains("authorization", "content-type"));
		for (var service : WireMockStack.services()) {
			service.verify(0, anyRequestedFor(anyUrl()));
		}
	}

	@Test
	void aPreflightFromAnUnknownOriginIsRefused() {
		this.client.options()
			.uri("/api/movies/1")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		WireMockStack.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aCrossOriginCallMayReadTheGatewaysHeaders() {
		this.client.get()
			.uri("/api/movies/1")
			.header(HttpHeaders.ORIGIN, "http://localhost:3000")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("X-Request-Id", "Retry-After", "X-MovieStack-Fallback"));
	}

	@Test
	void theTraceOfTheClientContinuesInTheService() {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		String clientSpan = "00f067aa0ba902b7";
		this.client.get()
			.uri("/api/movies/1")
			.header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
			.exchange()
			.expectStatus()
			.isOk();
		LoggedRequest forwarded = WireMockStack.CATALOG.findAll(getRequestedFor(urlEqualTo("/api/movies/1"))).get(0);
		var traceparent = TRACEPARENT.matcher(forwarded.getHeader("traceparent"));
		assertThat(traceparent.matches()).isTrue();
		assertThat(traceparent.group(1)).isEqualTo(traceId);
		// the gateway's own span sits between the client and the service
		assertThat(traceparent.group(2)).isNotEqualTo(clientSpan);
	}

	@Test
	void aCallWithoutTraceStartsOneThatTheServiceContinues() {
		this.client.get().uri("/api/movies/1").exchange().expectStatus().isOk();
		LoggedRequest forwarded = WireMockStack.CATALOG.findAll(getRequestedFor(urlEqualTo("/api/movies/1"))).get(0);
		assertThat(forwarded.getHeader("traceparent")).matches(TRACEPARENT);
	}

	@Test
	void aBodyOverTheLimitIsA413ProblemAndNeverReachesTheService() {
		byte[] body = new byte[1024 * 1024 + 1];
		assertProblem(this.client.post()
			.uri("/api/movies")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange(), 413, "payload-too-large");
		WireMockStack.CATALOG.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aBulkImportMayCarryALargerBody() {
		byte[] body = new byte[2 * 1024 * 1024];
		this.client.post()
			.uri("/api/movies/batch")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
		WireMockStack.CATALOG.verify(postRequestedFor(urlEqualTo("/api/movies/batch")));
	}

}
