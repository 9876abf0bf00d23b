package dev.moviestack.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak in service tests: it publishes an RSA key as a JWKS on a local
 * port and signs tokens shaped like Keycloak's ({@code realm_access.roles}, {@code aud},
 * {@code preferred_username}). One per JVM.
 */
public final class TestJwtIssuer {

	public static final String AUDIENCE = "moviestack-api";

	private static volatile TestJwtIssuer instance;

	private final RSAKey key;

	private final HttpServer server;

	private final String issuer;

	private TestJwtIssuer() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			this.server.createContext("/jwks", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			this.server.start();
			this.issuer = "http://localhost:" + this.server.getAddress().getPort() + "/realms/test";
			Runtime.getRuntime().addShutdownHook(new Thread(() -> this.server.stop(0), "test-jwks-stop"));
		}
		catch (NoSuchAlgorithmException | IOException ex) {
			throw new IllegalStateException("Cannot start the test JWKS endpoint", ex);
		}
	}

	public static TestJwtIssuer get() {
		if (instance == null) {
			synchronized (TestJwtIssuer.class) {
				if (instance == null) {
					instance = new TestJwtIssuer();
				}
			}
		}
		return instance;
	}

	public String issuer() {
		return this.issuer;
	}

	public String jwkSetUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/jwks";
	}

	/** A valid access token for {@code subject} with the given realm roles. */
	public String token(String subject, String... roles) {
		return sign(claims(subject, roles).build(), this.key);
	}

	public String adminToken() {
		return token("admin-" + UUID.randomUUID(), "user", "admin");
	}

	public String userToken(String subject) {
		return token(subject, "user");
	}

	/** Claims as Keycloak would issue them; tests change one to build a bad token. */
	public JWTClaimsSet.Builder claims(String subject, String... roles) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(subject)
			.audience(List.of(AUDIENCE, "account"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString())
			.claim("preferred_username", subject)
			.claim("email", subject + "@example.test")
			.claim("realm_access", Map.of("roles", List.of(roles)));
	}

	public String sign(JWTClaimsSet claims) {
		return sign(claims, this.key);
	}

	/** Signs with a fresh key the JWKS does not publish. */
	public String signWithUnknownKey(JWTClaimsSet claims) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey other = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(this.key.getKeyID())
				.build();
			return sign(claims, other);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(JWTClaimsSet claims, RSAKey key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
