package dev.moviestack.catalog.movie.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.moviestack.catalog.WebSliceTest;
import dev.moviestack.catalog.movie.Movie;
import dev.moviestack.catalog.movie.MovieFixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;

/**
 * PUT and PATCH must name the version they change (428 without If-Match, 412 when it is
 * stale); DELETE may.
 */
class MovieConditionalRequestTests extends WebSliceTest {

	private static final String MOVIE = MovieJson.write(MovieJson.valid());

	private final Movie movie = MovieFixtures.toyStory(3);

	@Test
	void putAndPatchWithoutIfMatchArePreconditionRequired() {
		given(this.catalog.get(this.movie.id())).willReturn(this.movie);

		for (MvcTestResult result : List.of(put(null), patch(null))) {
			assertThat(result).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://moviestack.dev/problems/precondition-required");
		}
		then(this.catalog).should(never()).update(any(), anyLong(), any());
	}

	@Test
	void staleIfMatchIsPreconditionFailed() {
		given(this.catalog.get(this.movie.id())).willReturn(this.movie);

		for (String stale : List.of("\"2\"", "W/\"3\"", "\"1\", \"2\"", "3")) {
			for (MvcTestResult result : List.of(put(stale), patch(stale), delete(stale))) {
				assertThat(result).hasStatus(HttpStatus.PRECONDITION_FAILED)
					.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
					.bodyJson()
					.extractingPath("$.type")
					.isEqualTo("https://moviestack.dev/problems/precondition-failed");
			}
		}
		then(this.catalog).should(never()).update(any(), anyLong(), any());
		then(this.catalog).should(never()).delete(any(), any());
	}

	@Test
	void ifMatchMayListSeveralTagsOrAWildcard() {
		given(this.catalog.get(this.movie.id())).willReturn(this.movie);
		given(this.catalog.update(eq(this.movie.id()), eq(3L), any())).willReturn(MovieFixtures.toyStory(4));

		assertThat(put("\"2\", \"3\"")).hasStatusOk();
		assertThat(patch("*")).hasStatusOk();
	}

	@Test
	void aConcurrentChangeCaughtByTheCatalogIsPreconditionFailed() {
		given(this.catalog.get(this.movie.id())).willReturn(this.movie);
		given(this.catalog.update(eq(this.movie.id()), eq(3L), any()))
			.willThrow(MovieFixtures.staleVersion(this.movie.id(), 3));

		assertThat(put("\"3\"")).hasStatus(HttpStatus.PRECONDITION_FAILED)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("no longer at version 3");
	}

	@Test
	void unknownMovieIsNotFound() {
		UUID unknown = UUID.randomUUID();
		given(this.catalog.get(unknown)).willThrow(MovieFixtures.notFound(unknown));
		willThrow(MovieFixtures.notFound(unknown)).given(this.catalog).delete(unknown, null);

		for (MvcTestResult result : List.of(this.mvc.get().uri("/api/movies/{id}", unknown).exchange(),
				put(unknown, "\"1\""), delete(unknown))) {
			assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.isLenientlyEqualTo("""
						{"type": "https://moviestack.dev/problems/not-found", "status": 404,
						 "detail": "No movie with id %s", "instance": "/api/movies/%s"}""".formatted(unknown, unknown));
		}
	}

	@Test
	void externalIdOfAnotherMovieIsAConflictNamingTheField() {
		UUID owner = UUID.randomUUID();
		given(this.catalog.create(any())).willThrow(MovieFixtures.imdbConflict("tt0114709", owner));

		MvcTestResult result = this.mvc.post()
			.uri("/api/movies")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(MOVIE)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
				{"type": "https://moviestack.dev/problems/conflict",
				 "errors": [{"field": "externalIds.imdb", "message": "already belongs to movie %s",
				             "rejectedValue": "tt0114709"}]}""".formatted(owner));
	}

	private MvcTestResult put(String ifMatch) {
		return put(this.movie.id(), ifMatch);
	}

	private MvcTestResult put(UUID id, String ifMatch) {
		var request = this.mvc.put()
			.uri("/api/movies/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(MOVIE);
		return ((ifMatch != null) ? request.header(HttpHeaders.IF_MATCH, ifMatch) : request).exchange();
	}

	private MvcTestResult patch(String ifMatch) {
		var request = this.mvc.patch()
			.uri("/api/movies/{id}", this.movie.id())
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.content("{\"runtimeMinutes\": 80}");
		return ((ifMatch != null) ? request.header(HttpHeaders.IF_MATCH, ifMatch) : request).exchange();
	}

	private MvcTestResult delete(String ifMatch) {
		return this.mvc.delete()
			.uri("/api/movies/{id}", this.movie.id())
			.header(HttpHeaders.AUTHORIZATION, admin())
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.exchange();
	}

	private MvcTestResult delete(UUID id) {
		return this.mvc.delete().uri("/api/movies/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()).exchange();
	}

}
