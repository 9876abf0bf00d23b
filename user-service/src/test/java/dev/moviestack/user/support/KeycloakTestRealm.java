package dev.moviestack.user.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.NotFoundException;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import dev.moviestack.platform.test.TestInfrastructure;

/**
 * The realm {@code moviestack} of the test stack's Keycloak, seen from the tests: checks
 * what user-service did there, logs users in like a client would, and removes the
 * accounts tests made.
 */
public final class KeycloakTestRealm {

	private static final String REALM = "moviestack";

	private static volatile KeycloakTestRealm instance;

	private final Keycloak admin;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private KeycloakTestRealm() {
		this.admin = KeycloakBuilder.builder()
			.serverUrl(TestInfrastructure.keycloakUrl())
			.realm(REALM)
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId("moviestack-admin")
			.clientSecret("moviestack-admin-dev-secret")
			.build();
	}

	public static KeycloakTestRealm get() {
		if (instance == null) {
			synchronized (KeycloakTestRealm.class) {
				if (instance == null) {
					instance = new KeycloakTestRealm();
				}
			}
		}
		return instance;
	}

	public Optional<UserRepresentation> findByUsername(String username) {
		return realm().users().searchByUsername(username, true).stream().findFirst();
	}

	public Optional<UserRepresentation> findById(String id) {
		try {
			return Optional.of(realm().users().get(id).toRepresentation());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/** Realm roles mapped to the user directly (not through composites). */
	public List<String> directRealmRoles(String id) {
		return realm().users()
			.get(id)
			.roles()
			.realmLevel()
			.listAll()
			.stream()
			.map(RoleRepresentation::getName)
			.toList();
	}

	public void deleteByUsername(String username) {
		findByUsername(username).ifPresent((user) -> realm().users().delete(user.getId()).close());
	}

	/**
	 * A password grant of the public client {@code moviestack-web}, as the web app's
	 * login would do.
	 */
	public HttpResponse<String> passwordGrant(String username, String password) {
		String form = "grant_type=password&client_id=moviestack-web&scope=openid&username=" + encode(username)
				+ "&password=" + encode(password);
		HttpRequest request = HttpRequest
			.newBuilder(URI
				.create(TestInfrastructure.keycloakUrl() + "/realms/" + REALM + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak of the test stack is not reachable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private RealmResource realm() {
		return this.admin.realm(REALM);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
