package dev.moviestack.user.profile;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.moviestack.platform.test.TestJwtIssuer;
import dev.moviestack.user.UserServiceIntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profiles of users who never signed up through MovieStack (like the realm's demo users),
 * and changes to one's own profile, on the real database.
 */
class ProfileIntegrationTests extends UserServiceIntegrationTest {

	@Test
	void aTokenOnlyUserGetsAProfileFromTheClaimsOnTheFirstCall() {
		String subject = UUID.randomUUID().toString();
		String token = TestJwtIssuer.get()
			.sign(TestJwtIssuer.get()
				.claims(subject, "user")
				.claim("preferred_username", "alice-" + subject)
				.claim("email", "alice-" + subject + "@example.com")
				.claim("name", "Alice Demo")
				.build());

		ResponseEntity<String> first = call(HttpMethod.GET, "/api/users/me", token, null);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode profile = read(first);
		assertThat(profile.get("id").asString()).isEqualTo(subject);
		assertThat(profile.get("username").asString()).isEqualTo("alice-" + subject);
		assertThat(profile.get("email").asString()).isEqualTo("alice-" + subject + "@example.com");
		assertThat(profile.get("displayName").asString()).isEqualTo("Alice Demo");
		assertThat(profile.get("favouriteGenres").isEmpty()).isTrue();
		assertThat(profile.get("lastSeen").isNull()).isFalse();

		JsonNode again = read(call(HttpMethod.GET, "/api/users/me", token, null));
		assertThat(again.get("createdAt")).isEqualTo(profile.get("createdAt"));
		assertThat(profileCount(subject)).isOne();
	}

	@Test
	void concurrentFirstCallsMakeOneProfile() throws Exception {
		String subject = UUID.randomUUID().toString();
		String token = userToken(subject);
		Callable<ResponseEntity<String>> me = () -> call(HttpMethod.GET, "/api/users/me", token, null);
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<ResponseEntity<String>>> calls = pool.invokeAll(List.of(me, me, me, me));
			for (Future<ResponseEntity<String>> response : calls) {
				assertThat(response.get().getStatusCode()).isEqualTo(HttpStatus.OK);
			}
		}
		assertThat(profileCount(subject)).isOne();
	}

	@Test
	void changesDisplayNameAndFavouriteGenres() {
		String subject = UUID.randomUUID().toString();
		String token = userToken(subject);

		ResponseEntity<String> changed = call(HttpMethod.PATCH, "/api/users/me", token,
				Map.of("displayName", "Neo", "favouriteGenres", List.of("sci-fi", "Action", "FILM_NOIR", "Action")));

		assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(labels(read(changed))).containsExactly("Action", "Film-Noir", "Sci-Fi");
		JsonNode profile = read(call(HttpMethod.GET, "/api/users/me", token, null));
		assertThat(profile.get("displayName").asString()).isEqualTo("Neo");
		assertThat(labels(profile)).containsExactly("Action", "Film-Noir", "Sci-Fi");

		JsonNode untouched = read(call(HttpMethod.PATCH, "/api/users/me", token, Map.of("favouriteGenres", List.of())));
		assertThat(untouched.get("displayName").asString()).isEqualTo("Neo");
		assertThat(labels(untouched)).isEmpty();
	}

	@Test
	void badInputIsAProblemAndChangesNothing() {
		String subject = UUID.randomUUID().toString();
		String token = userToken(subject);
		call(HttpMethod.PATCH, "/api/users/me", token, Map.of("displayName", "Before"));

		ResponseEntity<String> unknownGenre = call(HttpMethod.PATCH, "/api/users/me", token,
				Map.of("displayName", "After", "favouriteGenres", List.of("Telenovela")));
		ResponseEntity<String> unknownField = call(HttpMethod.PATCH, "/api/users/me", token,
				Map.of("displayName", "After", "email", "x@example.com"));

		assertThat(unknownGenre.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(read(unknownGenre).get("type").asString()).isEqualTo("https://moviestack.dev/problems/validation");
		assertThat(read(unknownGenre).get("errors").get(0).get("field").asString()).isEqualTo("favouriteGenres[0]");
		assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(read(unknownField).get("detail").asString()).isEqualTo("Unknown field 'email'");
		assertThat(read(call(HttpMethod.GET, "/api/users/me", token, null)).get("displayName").asString())
			.isEqualTo("Before");
	}

	@Test
	void withoutATokenThereIsNoProfile() {
		ResponseEntity<String> response = call(HttpMethod.GET, "/api/users/me", null, null);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(read(response).get("type").asString()).isEqualTo("https://moviestack.dev/problems/unauthorized");
	}

	private static List<String> labels(JsonNode profile) {
		return profile.get("favouriteGenres").valueStream().map(JsonNode::asString).toList();
	}

}
