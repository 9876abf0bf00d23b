package dev.moviestack.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.moviestack.platform.test.TestJwtIssuer;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Access tokens for tests, signed by the {@link TestJwtIssuer} the service trusts. */
public final class TestTokens {

	private static volatile boolean warmedUp;

	private TestTokens() {
	}

	/**
	 * Points the resource server at the test issuer. Fetches its JWKS once first: the
	 * service allows the key set 500 ms, and the first answer of a cold in-JVM server on
	 * a busy machine can take longer than that.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		TestJwtIssuer issuer = TestJwtIssuer.get();
		warmUp(issuer);
		registry.add("moviestack.security.issuer-uri", issuer::issuer);
		registry.add("moviestack.security.jwk-set-uri", issuer::jwkSetUri);
		registry.add("moviestack.security.audience", () -> TestJwtIssuer.AUDIENCE);
	}

	public static String admin() {
		return "Bearer " + TestJwtIssuer.get().adminToken();
	}

	public static String user() {
		return "Bearer " + TestJwtIssuer.get().userToken("alice");
	}

	/** Fetches the test issuer's JWKS once, so that the service's first fetch is fast. */
	public static void warmUp() {
		warmUp(TestJwtIssuer.get());
	}

	private static void warmUp(TestJwtIssuer issuer) {
		if (warmedUp) {
			return;
		}
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			for (int i = 0; i < 3; i++) {
				client.send(
						HttpRequest.newBuilder(URI.create(issuer.jwkSetUri())).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.discarding());
			}
			warmedUp = true;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The test JWKS endpoint does not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
