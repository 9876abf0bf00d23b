package dev.moviestack.user.identity.keycloak;

import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;

import dev.moviestack.user.identity.AccountAlreadyExistsException;
import dev.moviestack.user.identity.AccountNotFoundException;
import dev.moviestack.user.identity.IdentityProvider;
import dev.moviestack.user.identity.IdentityProviderUnavailableException;
import dev.moviestack.user.identity.InvalidAccountException;
import dev.moviestack.user.identity.NewAccount;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * How the adapter reads Keycloak's answers, including the failures a real Keycloak cannot
 * be made to produce on demand.
 */
class KeycloakIdentityProviderTests {

	private static final String USERS = "/admin/realms/moviestack/users";

	private static final String ID = "8a7b3c1d-0000-4000-8000-000000000001";

	@RegisterExtension
	static WireMockExtension keycloak = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private Keycloak client;

	private IdentityProvider provider;

	@BeforeEach
	void connect() {
		keycloak.stubFor(post("/realms/moviestack/protocol/openid-connect/token")
			.willReturn(okJson("{\"access_token\":\"test-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
		KeycloakProperties properties = new KeycloakProperties(keycloak.baseUrl(), "moviestack", "moviestack-admin",
				"secret", Duration.ofSeconds(2), Duration.ofMillis(1500), 2);
		KeycloakConfiguration configuration = new KeycloakConfiguration();
		this.client = configuration.keycloakAdminClient(properties);
		this.provider = configuration.keycloakIdentityProvider(this.client, properties);
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void createsAnEnabledVerifiedAccountWithAPermanentPasswordAndTheUserRole() {
		stubCreated();
		keycloak.stubFor(get(USERS + "/" + ID + "/role-mappings/realm/available").willReturn(okJson("""
				[{"id": "role-0", "name": "admin"}, {"id": "role-1", "name": "user", "unknownNewField": true}]""")));
		keycloak.stubFor(post(USERS + "/" + ID + "/role-mappings/realm").willReturn(aResponse().withStatus(204)));

		String id = this.provider.create(neo());

		assertThat(id).isEqualTo(ID);
		keycloak.verify(postRequestedFor(urlEqualTo(USERS)).withRequestBody(equalToJson("""
				{"username": "neo", "email": "neo@example.com", "firstName": "Thomas", "lastName": "Anderson",
				 "enabled": true, "emailVerified": true,
				 "credentials": [{"type": "password", "value": "follow-the-white-rabbit", "temporary": false}]}
				""", true, true)));
		keycloak.verify(
				postRequestedFor(urlEqualTo(USERS + "/" + ID + "/role-mappings/realm")).withRequestBody(equalToJson("""
						[{"id": "role-1", "name": "user"}]""", true, true)));
	}

	@Test
	void aTakenEmailIsADuplicate() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorMessage\":\"User exists with same email\"}")));
		assertThatExceptionOfType(AccountAlreadyExistsException.class).isThrownBy(() -> this.provider.create(neo()))
			.withMessage("An account with this e-mail address already exists");
	}

	@Test
	void aTakenUsernameIsADuplicate() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorMessage\":\"User exists with same username\"}")));
		assertThatExceptionOfType(AccountAlreadyExistsException.class).isThrownBy(() -> this.provider.create(neo()))
			.withMessage("This username is already taken");
	}

	@Test
	void aValueKeycloakRejectsIsInvalid() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorMessage\":\"error-invalid-email\"}")));
		assertThatExceptionOfType(InvalidAccountException.class).isThrownBy(() -> this.provider.create(neo()))
			.withMessageContaining("error-invalid-email");
	}

	@Test
	void aServerErrorMeansUnavailable() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withStatus(500)));
		assertThatExceptionOfType(IdentityProviderUnavailableException.class)
			.isThrownBy(() -> this.provider.create(neo()))
			.withMessageContaining("HTTP 500");
	}

	@Test
	void aBrokenConnectionMeansUnavailable() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(IdentityProviderUnavailableException.class)
			.isThrownBy(() -> this.provider.create(neo()));
	}

	@Test
	void aSlowKeycloakTimesOutAsUnavailable() {
		keycloak.stubFor(post(USERS).willReturn(aResponse().withStatus(201).withFixedDelay(2_500)));
		assertThatExceptionOfType(IdentityProviderUnavailableException.class)
			.isThrownBy(() -> this.provider.create(neo()));
	}

	@Test
	void aTokenKeycloakRefusesMeansUnavailable() {
		keycloak.stubFor(post("/realms/moviestack/protocol/openid-connect/token").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"unauthorized_client\"}")));
		assertThatExceptionOfType(IdentityProviderUnavailableException.class)
			.isThrownBy(() -> this.provider.create(neo()));
	}

	@Test
	void anAccountWhoseRoleCannotBeGrantedIsDeletedAgain() {
		stubCreated();
		keycloak
			.stubFor(get(USERS + "/" + ID + "/role-mappings/realm/available").willReturn(aResponse().withStatus(403)));
		keycloak.stubFor(delete(USERS + "/" + ID).willReturn(aResponse().withStatus(204)));

		assertThatExceptionOfType(IdentityProviderUnavailableException.class)
			.isThrownBy(() -> this.provider.create(neo()));
		keycloak.verify(deleteRequestedFor(urlEqualTo(USERS + "/" + ID)));
	}

	@Test
	void deletingIsIdempotent() {
		keycloak.stubFor(delete(USERS + "/" + ID).willReturn(aResponse().withStatus(404)));
		assertThatNoException().isThrownBy(() -> this.provider.delete(ID));
	}

	@Test
	void aFailedDeleteIsUnavailable() {
		keycloak.stubFor(delete(USERS + "/" + ID).willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(IdentityProviderUnavailableException.class)
			.isThrownBy(() -> this.provider.delete(ID));
	}

	@Test
	void anUnknownAccountIsNotFound() {
		keycloak.stubFor(get(urlPathEqualTo(USERS + "/" + ID)).willReturn(aResponse().withStatus(404)));
		assertThat(this.provider.find(ID)).isEmpty();
		assertThatExceptionOfType(AccountNotFoundException.class).isThrownBy(() -> this.provider.setEnabled(ID, false));
	}

	@Test
	void disablingSendsTheFullRepresentationAndEndsTheSessions() {
		keycloak.stubFor(get(urlPathEqualTo(USERS + "/" + ID)).willReturn(okJson("""
				{"id": "%s", "username": "neo", "email": "neo@example.com", "firstName": "Thomas",
				 "lastName": "Anderson", "enabled": true, "emailVerified": true, "createdTimestamp": 1764496800000}
				""".formatted(ID))));
		keycloak.stubFor(put(USERS + "/" + ID).willReturn(aResponse().withStatus(204)));
		keycloak.stubFor(post(USERS + "/" + ID + "/logout").willReturn(aResponse().withStatus(204)));

		this.provider.setEnabled(ID, false);

		keycloak.verify(putRequestedFor(urlEqualTo(USERS + "/" + ID)).withRequestBody(equalToJson("""
				{"username": "neo", "email": "neo@example.com", "firstName": "Thomas", "lastName": "Anderson",
				 "enabled": false}
				""", true, true)));
		keycloak.verify(postRequestedFor(urlEqualTo(USERS + "/" + ID + "/logout")));
	}

	private static void stubCreated() {
		keycloak.stubFor(post(USERS)
			.willReturn(aResponse().withStatus(201).withHeader("Location", keycloak.baseUrl() + USERS + "/" + ID)));
	}

	private static NewAccount neo() {
		return new NewAccount("neo", "neo@example.com", "Thomas", "Anderson", "follow-the-white-rabbit");
	}

}
