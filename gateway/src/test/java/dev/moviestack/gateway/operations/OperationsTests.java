package dev.moviestack.gateway.operations;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.moviestack.gateway.support.GatewayTest;
import dev.moviestack.gateway.support.TestTokens;
import dev.moviestack.gateway.support.WireMockStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.moviestack.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health through the gateway, the route table, and the problems the gateway answers for
 * paths it does not know.
 */
@GatewayTest
class OperationsTests {

	@Autowired
	WebTestClient client;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	@Test
	void eachServicesHealthIsPublicThroughTheGateway() {
		for (var service : WireMockStack.services()) {
			service.stubFor(get(urlEqualTo("/actuator/health")).willReturn(
					aResponse().withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
		}
		for (String name : new String[] { "catalog", "user", "rating", "search", "recommender" }) {
			this.client.get()
				.uri("/health/" + name)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
		for (var service : WireMockStack.services()) {
			service.verify(1, getRequestedFor(urlEqualTo("/actuator/health")).withHeader("Authorization", absent()));
		}
	}

	@Test
	void aServiceThatCannotBeReachedIsA503ProblemOnItsHealthRoute() {
		WireMockStack.SEARCH.stubFor(
				get(urlEqualTo("/actuator/health")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertProblem(this.client.get().uri("/health/search").exchange(), 503, "service-unavailable");
	}

	@Test
	void theGatewaysOwnHealthIsPublic() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void theRouteTableIsForAdminsAndPutsSpecificPathsFirst() {
		this.client.get()
			.uri("/actuator/gateway/routes")
			.headers((headers) -> headers.setBearerAuth(TestTokens.user("alice")))
			.exchange()
			.expectStatus()
			.isForbidden();
		String routes = this.client.get()
			.uri("/actuator/gateway/routes")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin("admin")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(routes).contains("\"route_id\":\"ratings\"", "\"route_id\":\"catalog\"");
		assertThat(routes.indexOf("\"route_id\":\"ratings-import\""))
			.isLessThan(routes.indexOf("\"route_id\":\"ratings\""));
		assertThat(routes.indexOf("\"route_id\":\"ratings\"")).isLessThan(routes.indexOf("\"route_id\":\"catalog\""));
		assertThat(routes.indexOf("\"route_id\":\"similar-movies\""))
			.isLessThan(routes.indexOf("\"route_id\":\"catalog\""));
		assertThat(routes.indexOf("\"route_id\":\"ratings\"")).isLessThan(routes.indexOf("\"route_id\":\"users\""));
	}

	@Test
	void anUnknownPathIsA404Problem() {
		assertProblem(this.client.get()
			.uri("/api/nothing-here")
			.headers((headers) -> headers.setBearerAuth(TestTokens.user("alice")))
			.exchange(), 404, "not-found");
	}

	@Test
	void anUnknownPathNeedsAToken() {
		assertProblem(this.client.get().uri("/api/nothing-here").exchange(), 401, "unauthorized");
	}

	@Test
	void theFallbacksCannotBeCalledFromOutside() {
		assertProblem(this.client.get()
			.uri("/fallback/popular")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin("admin")))
			.exchange(), 403, "forbidden");
		assertProblem(this.client.get().uri("/fallback/unavailable/catalog").exchange(), 401, "unauthorized");
	}

}
