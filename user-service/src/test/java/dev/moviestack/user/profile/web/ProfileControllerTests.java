package dev.moviestack.user.profile.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.platform.test.TestJwtIssuer;
import dev.moviestack.user.WebSliceTest;
import dev.moviestack.user.profile.Profile;
import dev.moviestack.user.profile.ProfileChanges;
import dev.moviestack.user.profile.ProfileErasedException;
import dev.moviestack.user.profile.TokenIdentity;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProfileControllerTests extends WebSliceTest {

	@Test
	void readsTheProfileOfTheTokensSubjectAndRecordsTheVisit() throws Exception {
		given(this.profiles.current(any())).willReturn(profile(List.of(Genre.ACTION, Genre.SCI_FI)));
		String token = TestJwtIssuer.get()
			.sign(TestJwtIssuer.get().claims("user-1", "user").claim("name", "Thomas Anderson").build());

		this.mvc.perform(as(token, get("/api/users/me")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("user-1"))
			.andExpect(jsonPath("$.displayName").value("Thomas Anderson"))
			.andExpect(jsonPath("$.favouriteGenres[0]").value("Action"))
			.andExpect(jsonPath("$.favouriteGenres[1]").value("Sci-Fi"))
			.andExpect(jsonPath("$.lastSeen").value("2026-11-30T10:15:00Z"));

		verify(this.profiles).current(new TokenIdentity("user-1", "user-1", "user-1@example.test", "Thomas Anderson"));
		verify(this.lastSeen).seen("user-1");
	}

	@Test
	void needsAToken() throws Exception {
		this.mvc.perform(get("/api/users/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/unauthorized"));
		verifyNoInteractions(this.profiles, this.lastSeen);
	}

	@Test
	void rejectsATokenSignedByAnotherKey() throws Exception {
		String forged = TestJwtIssuer.get().signWithUnknownKey(TestJwtIssuer.get().claims("user-1", "user").build());
		this.mvc.perform(as(forged, get("/api/users/me"))).andExpect(status().isUnauthorized());
		verifyNoInteractions(this.profiles);
	}

	@Test
	void needsTheUserRole() throws Exception {
		this.mvc.perform(as(TestJwtIssuer.get().token("robot"), get("/api/users/me")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/forbidden"));
	}

	@Test
	void answersAnErasedAccountWith404() throws Exception {
		given(this.profiles.current(any())).willThrow(new ProfileErasedException());
		this.mvc.perform(as(userToken("gone"), get("/api/users/me")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("This account has been erased"));
	}

	@Test
	void updatesDisplayNameAndGenresByLabelInAnyCase() throws Exception {
		given(this.profiles.update(any(), any())).willReturn(profile(List.of(Genre.FILM_NOIR, Genre.SCI_FI)));

		this.mvc
			.perform(as(userToken("user-1"), patch("/api/users/me")).contentType("application/merge-patch+json")
				.content("""
						{"displayName": "  Neo ", "favouriteGenres": ["sci-fi", "Film-Noir", "SCI_FI"]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.favouriteGenres[0]").value("Film-Noir"));

		ArgumentCaptor<ProfileChanges> changes = ArgumentCaptor.forClass(ProfileChanges.class);
		verify(this.profiles).update(eq(new TokenIdentity("user-1", "user-1", "user-1@example.test", null)),
				changes.capture());
		assertThat(changes.getValue()).isEqualTo(new ProfileChanges("Neo", Set.of(Genre.SCI_FI, Genre.FILM_NOIR)));
	}

	@Test
	void leavesOutFieldsAlone() throws Exception {
		given(this.profiles.update(any(), any())).willReturn(profile(List.of()));

		this.mvc
			.perform(as(userToken("user-1"), patch("/api/users/me")).contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk());

		verify(this.profiles).update(any(), eq(new ProfileChanges(null, null)));
	}

	@Test
	void rejectsAnUnknownGenre() throws Exception {
		this.mvc
			.perform(as(userToken("user-1"), patch("/api/users/me")).contentType(MediaType.APPLICATION_JSON).content("""
					{"favouriteGenres": ["Action", "Telenovela"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("favouriteGenres[1]"))
			.andExpect(jsonPath("$.errors[0].rejectedValue").value("Telenovela"));
		verifyNoInteractions(this.profiles);
	}

	@Test
	void rejectsABlankOrTooLongDisplayName() throws Exception {
		this.mvc
			.perform(as(userToken("user-1"), patch("/api/users/me")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\": \"   \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("displayName"));
		this.mvc
			.perform(as(userToken("user-1"), patch("/api/users/me")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\": \"" + "x".repeat(81) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("displayName"));
		verifyNoInteractions(this.profiles);
	}

	@Test
	void rejectsUnknownFields() throws Exception {
		this.mvc
			.perform(as(userToken("user-1"), patch("/api/users/me")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\": \"other@example.com\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Unknown field 'email'"));
		verifyNoInteractions(this.profiles);
	}

	private static Profile profile(List<Genre> genres) {
		Instant at = Instant.parse("2026-11-30T10:15:00Z");
		return new Profile("user-1", "neo", "neo@example.com", "Thomas Anderson", genres, true, at, at, at);
	}

}
