package dev.moviestack.gateway.support;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * One WireMock server for Keycloak and one per service, started once per JVM and shared
 * by every test context. Tests reset them before each test.
 */
public final class WireMockStack {

	public static final WireMockServer KEYCLOAK = start();

	public static final WireMockServer CATALOG = start();

	public static final WireMockServer USERS = start();

	public static final WireMockServer RATING = start();

	public static final WireMockServer SEARCH = start();

	public static final WireMockServer RECOMMENDER = start();

	private WireMockStack() {
	}

	public static List<WireMockServer> services() {
		return List.of(CATALOG, USERS, RATING, SEARCH, RECOMMENDER);
	}

	public static String url(WireMockServer server) {
		return "http://127.0.0.1:" + server.port();
	}

	/**
	 * Forgets every stub and request, publishes the JWKS again, and lets each service
	 * answer anything with 200 and its own name.
	 */
	public static void reset() {
		KEYCLOAK.resetAll();
		TestTokens.stubJwks(KEYCLOAK);
		for (WireMockServer service : services()) {
			service.resetAll();
			service.stubFor(any(anyUrl()).atPriority(10)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"service\":\"" + name(service) + "\"}")));
		}
	}

	public static String name(WireMockServer server) {
		if (server == CATALOG) {
			return "catalog";
		}
		if (server == USERS) {
			return "users";
		}
		if (server == RATING) {
			return "rating";
		}
		if (server == SEARCH) {
			return "search";
		}
		if (server == RECOMMENDER) {
			return "recommender";
		}
		return "keycloak";
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig()
			.bindAddress("127.0.0.1")
			.dynamicPort()
			.containerThreads(12)
			.jettyAcceptors(1));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
		return server;
	}

}
