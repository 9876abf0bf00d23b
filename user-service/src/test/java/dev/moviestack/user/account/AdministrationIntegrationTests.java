package dev.moviestack.user.account;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.moviestack.platform.test.TestJwtIssuer;
import dev.moviestack.user.UserServiceIntegrationTest;
import dev.moviestack.user.support.KeycloakTestRealm;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin endpoints against the real Keycloak. */
class AdministrationIntegrationTests extends UserServiceIntegrationTest {

	@Test
	void listsAndSearchesAccountsByUsernameAndEmail() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String first = uniqueUsername("list-" + marker);
		String second = uniqueUsername("list-" + marker);
		String firstId = signedUp(first, "First Lister");
		signedUp(second, "Second Lister");

		JsonNode byUsername = read(call(HttpMethod.GET, "/api/users?username=list-" + marker, adminToken(), null));
		assertThat(byUsername.get("totalElements").asLong()).isEqualTo(2);
		assertThat(usernames(byUsername)).containsExactlyInAnyOrder(first, second);

		JsonNode byEmail = read(call(HttpMethod.GET, "/api/users?email=" + first + "@", adminToken(), null));
		assertThat(usernames(byEmail)).containsExactly(first);
		JsonNode item = byEmail.get("items").get(0);
		assertThat(item.get("id").asString()).isEqualTo(firstId);
		assertThat(item.get("email").asString()).isEqualTo(emailOf(first));
		assertThat(item.get("enabled").asBoolean()).isTrue();
		assertThat(item.get("profile").get("displayName").asString()).isEqualTo("First Lister");

		JsonNode page = read(
				call(HttpMethod.GET, "/api/users?username=list-" + marker + "&size=1&page=1", adminToken(), null));
		assertThat(page.get("items").size()).isOne();
		assertThat(page.get("totalPages").asLong()).isEqualTo(2);
	}

	@Test
	void readsOneAccount() {
		String username = uniqueUsername("get");
		String id = signedUp(username, "Getter Person");

		JsonNode account = read(call(HttpMethod.GET, "/api/users/" + id, adminToken(), null));

		assertThat(account.get("username").asString()).isEqualTo(username);
		assertThat(account.get("firstName").asString()).isEqualTo("Getter");
		assertThat(account.get("lastName").asString()).isEqualTo("Person");
		assertThat(account.get("createdAt").isNull()).isFalse();
		assertThat(account.get("profile").get("displayName").asString()).isEqualTo("Getter Person");

		assertThat(call(HttpMethod.GET, "/api/users/" + UUID.randomUUID(), adminToken(), null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDisabledUserCannotLogInUntilEnabledAgain() {
		String username = uniqueUsername("disable");
		String id = signedUp(username, "Cypher");
		assertThat(KeycloakTestRealm.get().passwordGrant(username, passwordOf(username)).statusCode()).isEqualTo(200);

		ResponseEntity<String> disabled = call(HttpMethod.POST, "/api/users/" + id + "/disable", adminToken(), null);

		assertThat(disabled.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read(disabled).get("enabled").asBoolean()).isFalse();
		assertThat(KeycloakTestRealm.get().findById(id).orElseThrow().isEnabled()).isFalse();
		assertThat(profileEnabled(id)).isFalse();
		var refused = KeycloakTestRealm.get().passwordGrant(username, passwordOf(username));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("invalid_grant");

		ResponseEntity<String> enabled = call(HttpMethod.POST, "/api/users/" + id + "/enable", adminToken(), null);

		assertThat(read(enabled).get("enabled").asBoolean()).isTrue();
		assertThat(profileEnabled(id)).isTrue();
		assertThat(KeycloakTestRealm.get().passwordGrant(username, passwordOf(username)).statusCode()).isEqualTo(200);
	}

	@Test
	void anAdminCannotDisableThemselves() {
		String username = uniqueUsername("self");
		String id = signedUp(username, "Self");
		String ownAdminToken = TestJwtIssuer.get().token(id, "user", "admin");

		ResponseEntity<String> response = call(HttpMethod.POST, "/api/users/" + id + "/disable", ownAdminToken, null);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(KeycloakTestRealm.get().findById(id).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void usersAreNotAdmins() {
		assertThat(call(HttpMethod.GET, "/api/users", userToken("someone"), null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private boolean profileEnabled(String id) {
		return this.jdbc.sql("SELECT enabled FROM user_profile WHERE user_id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private static List<String> usernames(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("username").asString()).toList();
	}

}
