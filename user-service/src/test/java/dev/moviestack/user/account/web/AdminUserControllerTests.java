package dev.moviestack.user.account.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.user.WebSliceTest;
import dev.moviestack.user.account.ManagedAccount;
import dev.moviestack.user.account.OwnAccountException;
import dev.moviestack.user.identity.Account;
import dev.moviestack.user.identity.AccountNotFoundException;
import dev.moviestack.user.identity.AccountSearch;
import dev.moviestack.user.profile.Profile;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminUserControllerTests extends WebSliceTest {

	private static final String ID = "5f0c7c1e-8d7a-4c1b-9a55-2f1f3c9b2a10";

	@Test
	void listsAccountsWithTheirProfiles() throws Exception {
		given(this.administration.list(any(), anyInt(), anyInt()))
			.willReturn(new ManagedAccount.Page(List.of(managed(true), new ManagedAccount(account(false), null)), 42));

		this.mvc
			.perform(as(adminToken("boss"),
					get("/api/users").param("email", " example.com ").param("page", "1").param("size", "2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(ID))
			.andExpect(jsonPath("$.items[0].enabled").value(true))
			.andExpect(jsonPath("$.items[0].profile.displayName").value("Thomas Anderson"))
			.andExpect(jsonPath("$.items[0].profile.favouriteGenres[0]").value("Sci-Fi"))
			.andExpect(jsonPath("$.items[1].enabled").value(false))
			.andExpect(jsonPath("$.items[1].profile").isEmpty())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalElements").value(42))
			.andExpect(jsonPath("$.totalPages").value(21));

		verify(this.administration).list(new AccountSearch(null, "example.com"), 1, 2);
	}

	@Test
	void isForAdminsOnly() throws Exception {
		this.mvc.perform(as(userToken("neo"), get("/api/users")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/forbidden"));
		this.mvc.perform(as(userToken("neo"), get("/api/users/" + ID))).andExpect(status().isForbidden());
		this.mvc.perform(as(userToken("neo"), post("/api/users/" + ID + "/disable"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/users")).andExpect(status().isUnauthorized());
		verifyNoInteractions(this.administration);
	}

	@Test
	void rejectsPagesOutOfRange() throws Exception {
		this.mvc.perform(as(adminToken("boss"), get("/api/users").param("size", "101")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc.perform(as(adminToken("boss"), get("/api/users").param("page", "-1")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(as(adminToken("boss"), get("/api/users").param("size", "many")))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(this.administration);
	}

	@Test
	void rejectsAnIdThatIsNotAUuid() throws Exception {
		this.mvc.perform(as(adminToken("boss"), get("/api/users/..%2Fclients"))).andExpect(status().isBadRequest());
		this.mvc.perform(as(adminToken("boss"), get("/api/users/neo"))).andExpect(status().isBadRequest());
		verifyNoInteractions(this.administration);
	}

	@Test
	void readsOneAccount() throws Exception {
		given(this.administration.get(ID)).willReturn(managed(true));
		this.mvc.perform(as(adminToken("boss"), get("/api/users/" + ID)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("neo"))
			.andExpect(jsonPath("$.firstName").value("Thomas"))
			.andExpect(jsonPath("$.lastName").value("Anderson"))
			.andExpect(jsonPath("$.emailVerified").value(true))
			.andExpect(jsonPath("$.profile.lastSeen").value("2026-11-30T10:15:00Z"));
	}

	@Test
	void answersAnUnknownAccountWith404() throws Exception {
		given(this.administration.get(ID)).willThrow(new AccountNotFoundException(ID));
		this.mvc.perform(as(adminToken("boss"), get("/api/users/" + ID)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/not-found"));
	}

	@Test
	void disablesAndEnablesAsTheCallingAdmin() throws Exception {
		given(this.administration.setEnabled(anyString(), anyString(), anyBoolean())).willReturn(managed(false));
		this.mvc.perform(as(adminToken("boss"), post("/api/users/" + ID + "/disable")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		verify(this.administration).setEnabled("boss", ID, false);

		this.mvc.perform(as(adminToken("boss"), post("/api/users/" + ID + "/enable"))).andExpect(status().isOk());
		verify(this.administration).setEnabled("boss", ID, true);
	}

	@Test
	void answersDisablingOneselfWith409() throws Exception {
		given(this.administration.setEnabled(anyString(), anyString(), anyBoolean()))
			.willThrow(new OwnAccountException());
		this.mvc.perform(as(adminToken(ID), post("/api/users/" + ID + "/disable")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("You cannot disable your own account"));
	}

	private static Account account(boolean enabled) {
		return new Account(ID, "neo", "neo@example.com", "Thomas", "Anderson", enabled, true,
				Instant.parse("2026-11-01T08:00:00Z"));
	}

	private static ManagedAccount managed(boolean enabled) {
		Instant at = Instant.parse("2026-11-30T10:15:00Z");
		return new ManagedAccount(account(enabled), new Profile(ID, "neo", "neo@example.com", "Thomas Anderson",
				List.of(Genre.SCI_FI), enabled, at, at, at));
	}

}
