package dev.moviestack.catalog.movie.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.moviestack.catalog.WebSliceTest;
import dev.moviestack.catalog.movie.MovieFixtures;
import dev.moviestack.platform.test.TestJwtIssuer;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/** Reads are public; writes take a valid token with the admin realm role. */
class MovieSecurityTests extends WebSliceTest {

	private static final String MOVIE = MovieJson.write(MovieJson.valid());

	private final UUID id = UUID.randomUUID();

	@Test
	void readsArePublic() {
		given(this.catalog.search(any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));
		given(this.catalog.get(this.id)).willReturn(MovieFixtures.toyStory(1));

		assertThat(this.mvc.get().uri("/api/movies")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/movies/{id}", this.id)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/genres")).hasStatusOk();
	}

	@Test
	void writesWithoutTokenAreUnauthorized() {
		for (MvcTestResult result : writes(null)) {
			assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			assertThat(result).bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://moviestack.dev/problems/unauthorized");
		}
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void writesWithUserRoleAreForbidden() {
		for (MvcTestResult result : writes(user())) {
			assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://moviestack.dev/problems/forbidden");
		}
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void tokensThatFailValidationAreUnauthorized() {
		TestJwtIssuer issuer = TestJwtIssuer.get();
		String unknownKey = issuer.signWithUnknownKey(issuer.claims("mallory", "admin").build());
		String expired = issuer.sign(issuer.claims("admin", "user", "admin")
			.issueTime(Date.from(Instant.now().minusSeconds(3600)))
			.expirationTime(Date.from(Instant.now().minusSeconds(1800)))
			.build());
		String otherAudience = issuer.sign(issuer.claims("admin", "admin").audience("another-api").build());
		String otherIssuer = issuer.sign(issuer.claims("admin", "admin").issuer("http://evil.test/realms/x").build());

		for (String token : List.of(unknownKey, expired, otherAudience, otherIssuer)) {
			assertThat(this.mvc.post()
				.uri("/api/movies")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(MOVIE)).hasStatus(HttpStatus.UNAUTHORIZED)
				.bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("The access token is invalid or expired");
		}
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void operationalEndpointsOtherThanHealthAndDocsNeedAdmin() {
		assertThat(this.mvc.get().uri("/actuator/metrics")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, user()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private List<MvcTestResult> writes(String authorization) {
		String batch = MovieJson.write(Map.of("items", MovieJson.batch(1)));
		return List.of(write(HttpMethod.POST, "/api/movies", MOVIE, authorization),
				write(HttpMethod.PUT, "/api/movies/" + this.id, MOVIE, authorization),
				write(HttpMethod.PATCH, "/api/movies/" + this.id, "{\"title\": \"x\"}", authorization),
				write(HttpMethod.DELETE, "/api/movies/" + this.id, null, authorization),
				write(HttpMethod.POST, "/api/movies/batch", batch, authorization));
	}

	private MvcTestResult write(HttpMethod method, String uri, String body, String authorization) {
		var request = this.mvc.method(method).uri(uri).header(HttpHeaders.IF_MATCH, "\"1\"");
		if (authorization != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

}
