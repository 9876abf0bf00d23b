package dev.moviestack.catalog;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import dev.moviestack.platform.test.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the integration tests: the whole service on a random port, with a fresh
 * PostgreSQL database and the Kafka broker of the test stack. All subclasses share one
 * cached context, so tests isolate their data by their own ids and titles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	protected RestTestClient http;

	protected RestTestClient admin;

	@BeforeAll
	static void warmUpTokenIssuer() {
		TestTokens.warmUp();
	}

	@BeforeEach
	void clients() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.admin = this.http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.admin()).build();
	}

}
