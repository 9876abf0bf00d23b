package dev.moviestack.rating;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.moviestack.platform.service.security.ResourceServerAutoConfiguration;
import dev.moviestack.platform.service.web.ServletWebAutoConfiguration;
import dev.moviestack.rating.ratings.RatingBatchRejected;
import dev.moviestack.rating.ratings.RatingQueries;
import dev.moviestack.rating.ratings.RatingService;
import dev.moviestack.rating.ratings.domain.Rating;
import dev.moviestack.rating.ratings.domain.Stars;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web layer alone, with the services mocked: what reaches them, who may call, and how
 * bad input is answered. Fast, so it covers the cases the integration tests need not
 * repeat.
 */
@WebMvcTest
@Import(WebSecurityConfiguration.class)
@ImportAutoConfiguration({ ServletWebAutoConfiguration.class, ResourceServerAutoConfiguration.class })
@TestPropertySource(properties = { "moviestack.security.issuer-uri=http://issuer.test/realms/test",
		"moviestack.security.jwk-set-uri=http://issuer.test/jwks", "moviestack.security.audience=moviestack-api" })
class RatingWebSliceTests {

	private static final UUID MOVIE = UUID.fromString("0b4a2a4e-6c43-4f57-9d43-8d1f6b3f3a10");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private RatingService ratings;

	@MockitoBean
	private RatingQueries queries;

	@Test
	void theRatingAlwaysBelongsToTheTokensSubject() throws Exception {
		Rating rating = new Rating("alice", MOVIE, Stars.of(4.5), Instant.parse("2026-01-01T00:00:00Z"));
		given(this.ratings.rate("alice", MOVIE, Stars.of(4.5))).willReturn(new RatingService.Rated(rating, true));
		this.mvc
			.perform(put("/api/movies/{id}/rating", MOVIE).with(user("alice"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stars\": 4.5}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stars").value(4.5))
			.andExpect(jsonPath("$.ratedAt").value("2026-01-01T00:00:00Z"));
		verify(this.ratings).rate("alice", MOVIE, Stars.of(4.5));
	}

	@Test
	void aBodyNamingAUserIsRefused() throws Exception {
		this.mvc
			.perform(put("/api/movies/{id}/rating", MOVIE).with(user("alice"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stars\": 4.5, \"userId\": \"bob\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("userId"));
		verifyNoInteractions(this.ratings);
	}

	@Test
	void starsOutsideHalfStepsNeverReachTheService() throws Exception {
		for (String stars : List.of("0", "5.5", "3.3", "0.25")) {
			this.mvc
				.perform(put("/api/movies/{id}/rating", MOVIE).with(user("alice"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"stars\": " + stars + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://moviestack.dev/problems/validation"))
				.andExpect(jsonPath("$.errors[0].field").value("stars"))
				.andExpect(jsonPath("$.errors[0].message").value("must be between 0.5 and 5.0 in steps of 0.5"));
		}
		verifyNoInteractions(this.ratings);
	}

	@Test
	void aTokenWithoutTheUserRoleMayNotRate() throws Exception {
		this.mvc
			.perform(put("/api/movies/{id}/rating", MOVIE).with(jwt().jwt((token) -> token.subject("service")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stars\": 4}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void onlyAdminsWriteBatches() throws Exception {
		this.mvc
			.perform(post("/api/ratings/batch").with(user("alice"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("movielens:1", "4.0")))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.ratings);
	}

	@Test
	void batchItemsAreValidatedByIndex() throws Exception {
		this.mvc
			.perform(post("/api/ratings/batch").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("alice", "4.4")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("items[0].userId", "items[0].stars")));
		verifyNoInteractions(this.ratings);
	}

	@Test
	void aBatchTheServiceRejectsNamesEachItem() throws Exception {
		given(this.ratings.importBatch(anyList())).willThrow(new RatingBatchRejected(List
			.of(new RatingBatchRejected.ItemError(0, "movieId", RatingService.MOVIE_NOT_FOUND, MOVIE.toString()))));
		this.mvc
			.perform(post("/api/ratings/batch").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("movielens:1", "4.0")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.instance").value("/api/ratings/batch"))
			.andExpect(jsonPath("$.errors[0].field").value("items[0].movieId"))
			.andExpect(jsonPath("$.errors[0].message").value("movie does not exist"));
		verify(this.ratings).importBatch(any());
	}

	private static String batch(String userId, String stars) {
		return """
				{"items": [{"userId": "%s", "movieId": "%s", "stars": %s, "ratedAt": "2001-01-01T00:00:00Z"}]}
				""".formatted(userId, MOVIE, stars);
	}

	private static RequestPostProcessor user(String subject) {
		return jwt().jwt((token) -> token.subject(subject)).authorities(new SimpleGrantedAuthority("ROLE_user"));
	}

	private static RequestPostProcessor admin() {
		return jwt().jwt((token) -> token.subject("admin"))
			.authorities(new SimpleGrantedAuthority("ROLE_user"), new SimpleGrantedAuthority("ROLE_admin"));
	}

}
