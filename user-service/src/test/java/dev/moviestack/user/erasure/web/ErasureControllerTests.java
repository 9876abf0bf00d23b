package dev.moviestack.user.erasure.web;

import org.junit.jupiter.api.Test;

import dev.moviestack.user.WebSliceTest;
import dev.moviestack.user.erasure.ErasurePendingException;
import dev.moviestack.user.identity.IdentityProviderUnavailableException;

import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErasureControllerTests extends WebSliceTest {

	@Test
	void erasesTheCallersOwnAccount() throws Exception {
		this.mvc.perform(as(userToken("user-1"), delete("/api/users/me"))).andExpect(status().isNoContent());
		verify(this.erasure).erase("user-1");
	}

	@Test
	void needsAToken() throws Exception {
		this.mvc.perform(delete("/api/users/me")).andExpect(status().isUnauthorized());
		verifyNoInteractions(this.erasure);
	}

	@Test
	void answersAPendingLoginDeletionWith503() throws Exception {
		willThrow(new ErasurePendingException(new IdentityProviderUnavailableException("down", null)))
			.given(this.erasure)
			.erase("user-1");

		this.mvc.perform(as(userToken("user-1"), delete("/api/users/me")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/service-unavailable"))
			.andExpect(jsonPath("$.detail").value("Your data has been erased, but removing your login failed; "
					+ "it is retried automatically, and repeating this request is safe"));
	}

}
