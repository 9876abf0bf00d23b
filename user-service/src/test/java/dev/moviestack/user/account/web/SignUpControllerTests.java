package dev.moviestack.user.account.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.moviestack.user.WebSliceTest;
import dev.moviestack.user.account.SignUp;
import dev.moviestack.user.account.SignUpFailedException;
import dev.moviestack.user.identity.AccountAlreadyExistsException;
import dev.moviestack.user.identity.IdentityProviderUnavailableException;
import dev.moviestack.user.profile.Profile;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignUpControllerTests extends WebSliceTest {

	private static final String VALID = """
			{"username": "Neo", "email": "Neo@Example.com", "password": "follow-the-white-rabbit",
			 "displayName": "Thomas Anderson"}""";

	@Test
	void signsUpWithoutAToken() throws Exception {
		given(this.registration.signUp(any())).willReturn(profile());

		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/users/5f0c7c1e-8d7a-4c1b-9a55-2f1f3c9b2a10"))
			.andExpect(jsonPath("$.id").value("5f0c7c1e-8d7a-4c1b-9a55-2f1f3c9b2a10"))
			.andExpect(jsonPath("$.username").value("neo"))
			.andExpect(jsonPath("$.email").value("neo@example.com"))
			.andExpect(jsonPath("$.displayName").value("Thomas Anderson"))
			.andExpect(jsonPath("$.createdAt").value("2026-11-30T10:15:00Z"))
			.andExpect(jsonPath("$.password").doesNotExist());

		ArgumentCaptor<SignUp> signUp = ArgumentCaptor.forClass(SignUp.class);
		verify(this.registration).signUp(signUp.capture());
		assertThat(signUp.getValue())
			.isEqualTo(new SignUp("neo", "neo@example.com", "follow-the-white-rabbit", "Thomas Anderson", null, null));
	}

	@Test
	void rejectsABadEmail() throws Exception {
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "neo", "email": "neo@localhost", "password": "follow-the-white-rabbit",
				 "displayName": "Neo"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].rejectedValue").value("neo@localhost"));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsAShortPasswordWithoutEchoingIt() throws Exception {
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "neo", "email": "neo@example.com", "password": "s3cret-pass", "displayName": "Neo"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("must be at least 12 characters long"))
			.andExpect(jsonPath("$.errors[0].rejectedValue").doesNotExist())
			.andExpect(content().string(not(containsString("s3cret-pass"))));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsAPasswordThatContainsTheUsernameOrEmail() throws Exception {
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "trinity", "email": "trinity@example.com", "password": "trinity@example.com",
				 "displayName": "Trinity"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message")
				.value(containsInAnyOrder("must not contain the username", "must not contain the e-mail address")));
		verifyNoInteractions(this.registration);
	}

	@Test
	void reportsEveryInvalidFieldAtOnce() throws Exception {
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "-x", "email": "", "displayName": " "}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("username", "username", "email", "email", "password", "displayName")));
	}

	@Test
	void rejectsUnknownFields() throws Exception {
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "neo", "email": "neo@example.com", "password": "follow-the-white-rabbit",
				 "displayName": "Neo", "roles": ["admin"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/malformed-request"))
			.andExpect(jsonPath("$.detail").value("Unknown field 'roles'"));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsAPasswordThatIsNotAString() throws Exception {
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "neo", "email": "neo@example.com", "password": {"value": "x"}, "displayName": "Neo"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/malformed-request"));
	}

	@Test
	void answersADuplicateWith409() throws Exception {
		given(this.registration.signUp(any()))
			.willThrow(new AccountAlreadyExistsException("An account with this e-mail address already exists"));

		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/conflict"))
			.andExpect(jsonPath("$.detail").value("An account with this e-mail address already exists"))
			.andExpect(jsonPath("$.instance").value("/api/users"));
	}

	@Test
	void answersKeycloakFailuresWith503AndRetryAfter() throws Exception {
		given(this.registration.signUp(any())).willThrow(new IdentityProviderUnavailableException(
				"Keycloak failed to create an account: HTTP 500", new IllegalStateException()));

		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/service-unavailable"))
			.andExpect(jsonPath("$.detail", not(containsString("Keycloak"))));
	}

	@Test
	void answersAFailedLocalWriteWith503() throws Exception {
		given(this.registration.signUp(any())).willThrow(new SignUpFailedException(new IllegalStateException()));

		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isServiceUnavailable())
			.andExpect(
					jsonPath("$.detail").value("The account could not be stored; nothing was kept, please try again"));
	}

	private static Profile profile() {
		return new Profile("5f0c7c1e-8d7a-4c1b-9a55-2f1f3c9b2a10", "neo", "neo@example.com", "Thomas Anderson",
				List.of(), true, Instant.parse("2026-11-30T10:15:00Z"), Instant.parse("2026-11-30T10:15:00Z"), null);
	}

}
