package dev.moviestack.gateway.docs;

import dev.moviestack.gateway.support.GatewayTest;
import dev.moviestack.gateway.support.WireMockStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /docs} (Redoc) and {@code /swagger-ui} over every service's OpenAPI, proxied
 * through the gateway; every asset comes from our own origin.
 */
@GatewayTest
class DocsTests {

	private static final String DOCS_POLICY = "default-src 'self'; script-src 'self'";

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	@Test
	void theRedocPageLoadsOnlyOurOwnAssets() {
		String page = this.client.get()
			.uri("/docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.value("Content-Security-Policy", (policy) -> assertThat(policy).startsWith(DOCS_POLICY))
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<script src=\"/docs/redoc.standalone.js\"></script>")
			.doesNotContainPattern("(src|href)=\"(https?:)?//");
	}

	@Test
	void theRedocBundleAndItsLicenceAreServedFromOurOrigin() {
		this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build()
			.get()
			.uri("/docs/redoc.standalone.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Type", (type) -> assertThat(type).contains("javascript"))
			.expectBody(String.class)
			.value((script) -> assertThat(script).startsWith("/*! For license information please see"));
		this.client.get()
			.uri("/docs/redoc.LICENSE")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((licence) -> assertThat(licence).contains("The MIT License", "Rebilly"));
	}

	@Test
	void bothUisListEveryServicesSpec() {
		this.client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].name")
			.value((names) -> assertThat(names.toString()).contains("catalog", "users", "ratings", "search",
					"recommender", "gateway"))
			.jsonPath("$.urls[?(@.name == 'catalog')].url")
			.isEqualTo("/v3/api-docs/catalog");
	}

	@Test
	void aServicesSpecIsProxiedWithTheGatewaysHostSoThatTryItOutCallsTheGateway() {
		WireMockStack.CATALOG.stubFor(
				get(urlEqualTo("/v3/api-docs")).willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"catalog\"}}")));

		this.client.get()
			.uri("/v3/api-docs/catalog")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("catalog");
		WireMockStack.CATALOG
			.verify(getRequestedFor(urlEqualTo("/v3/api-docs")).withHeader("Host", equalTo("localhost:" + this.port)));
	}

	@Test
	void theGatewaysOwnSpecDescribesLoginButNotTheFallbacks() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((spec) -> assertThat(spec).contains("/api/auth/login", "/api/auth/refresh", "/api/auth/logout")
				.doesNotContain("/fallback"));
	}

	@Test
	void swaggerUiIsServedFromTheWebjar() {
		String location = this.client.get()
			.uri("/swagger-ui")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		this.client.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy", (policy) -> assertThat(policy).startsWith(DOCS_POLICY))
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("swagger-ui")
				.doesNotContainPattern("(src|href)=\"(https?:)?//"));
	}

}
