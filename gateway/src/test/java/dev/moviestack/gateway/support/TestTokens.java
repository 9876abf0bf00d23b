package dev.moviestack.gateway.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Tokens shaped like the realm's (issuer, {@code aud: moviestack-api},
 * {@code realm_access.roles}), signed by an RSA key whose public half WireMock serves as
 * the realm's JWKS.
 */
public final class TestTokens {

	public static final String REALM = "moviestack";

	public static final String AUDIENCE = "moviestack-api";

	public static final String JWKS_PATH = "/realms/" + REALM + "/protocol/openid-connect/certs";

	private static final RSAKey KEY = newKey(UUID.randomUUID().toString());

	private TestTokens() {
	}

	public static String issuer() {
		return "http://localhost:" + WireMockStack.KEYCLOAK.port() + "/realms/" + REALM;
	}

	public static String jwkSetUri() {
		return WireMockStack.url(WireMockStack.KEYCLOAK) + JWKS_PATH;
	}

	static void stubJwks(WireMockServer keycloak) {
		keycloak.stubFor(get(urlPathEqualTo(JWKS_PATH)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(new JWKSet(KEY.toPublicJWK()).toString())));
	}

	public static String user(String subject) {
		return sign(claims(subject, "user").build());
	}

	public static String admin(String subject) {
		return sign(claims(subject, "user", "admin").build());
	}

	/** Valid claims as Keycloak issues them; tests change one to make a bad token. */
	public static JWTClaimsSet.Builder claims(String subject, String... roles) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer())
			.subject(subject)
			.audience(List.of(AUDIENCE, "account"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString())
			.claim("azp", "moviestack-web")
			.claim("preferred_username", subject)
			.claim("realm_access", Map.of("roles", List.of(roles)));
	}

	public static String sign(JWTClaimsSet claims) {
		return sign(claims, KEY);
	}

	/** Signed by a key the JWKS does not publish, under the published key's id. */
	public static String signWithForeignKey(JWTClaimsSet claims) {
		return sign(claims, newKey(KEY.getKeyID()));
	}

	/** {@code alg: none}: no signature at all. */
	public static String unsigned(JWTClaimsSet claims) {
		return new PlainJWT(claims).serialize();
	}

	/**
	 * A validly signed token whose payload was then changed (here: promoted to admin), so
	 * the signature no longer matches.
	 */
	public static String tampered(String token) {
		try {
			String[] parts = token.split("\\.");
			JWTClaimsSet original = SignedJWT.parse(token).getJWTClaimsSet();
			JWTClaimsSet promoted = new JWTClaimsSet.Builder(original)
				.claim("realm_access", Map.of("roles", List.of("user", "admin")))
				.build();
			String payload = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(promoted.toString().getBytes(StandardCharsets.UTF_8));
			return parts[0] + "." + payload + "." + parts[2];
		}
		catch (ParseException ex) {
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

	private static RSAKey newKey(String keyId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(keyId)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
