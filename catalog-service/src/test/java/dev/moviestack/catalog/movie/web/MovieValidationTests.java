package dev.moviestack.catalog.movie.web;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.moviestack.catalog.WebSliceTest;
import dev.moviestack.catalog.movie.MovieFixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Every kind of bad input is a 400 problem with a stable type and the field at fault, and
 * never reaches the catalog.
 */
class MovieValidationTests extends WebSliceTest {

	private static final String VALIDATION = "https://moviestack.dev/problems/validation";

	private static final String MALFORMED = "https://moviestack.dev/problems/malformed-request";

	static Stream<Arguments> invalidMovies() {
		int thisYear = Year.now(ZoneOffset.UTC).getValue();
		return Stream.of(Arguments.of("blank title", MovieJson.with("title", "   "), "title"),
				Arguments.of("missing title", MovieJson.with("title", null), "title"),
				Arguments.of("title of 301 characters", MovieJson.with("title", "x".repeat(301)), "title"),
				Arguments.of("year 1869", MovieJson.with("releaseYear", 1869), "releaseYear"),
				Arguments.of("year next + 6", MovieJson.with("releaseYear", thisYear + 1 + 6), "releaseYear"),
				Arguments.of("missing year", MovieJson.with("releaseYear", null), "releaseYear"),
				Arguments.of("unknown genre", MovieJson.with("genres", List.of("Comedy", "Telenovela")), "genres[1]"),
				Arguments.of("overview of 2001 characters", MovieJson.with("overview", "x".repeat(2001)), "overview"),
				Arguments.of("runtime of 0", MovieJson.with("runtimeMinutes", 0), "runtimeMinutes"),
				Arguments.of("malformed imdb id", MovieJson.with("externalIds.imdb", "tt123"), "externalIds.imdb"),
				Arguments.of("negative MovieLens id", MovieJson.with("externalIds.movieLens", -1),
						"externalIds.movieLens"),
				Arguments.of("TMDB id 0", MovieJson.with("externalIds.tmdb", 0), "externalIds.tmdb"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidMovies")
	void rejectsInvalidMovie(String description, Map<String, Object> movie, String field) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/movies")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(MovieJson.write(movie))
			.exchange();

		assertProblem(result, VALIDATION, field);
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void acceptsTheBoundaryValues() {
		given(this.catalog.create(any())).willReturn(MovieFixtures.toyStory(0));
		int latest = Year.now(ZoneOffset.UTC).getValue() + 1 + 5;
		for (Map<String, Object> movie : List.of(MovieJson.with("releaseYear", 1870),
				MovieJson.with("releaseYear", latest), MovieJson.with("title", " " + "x".repeat(300) + " "),
				MovieJson.with("externalIds.imdb", "tt1234567890"), MovieJson.with("genres", List.of("sci-fi")))) {
			assertThat(this.mvc.post()
				.uri("/api/movies")
				.header(HttpHeaders.AUTHORIZATION, admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(MovieJson.write(movie))).hasStatus(HttpStatus.CREATED);
		}
	}

	@Test
	void rejectsUnknownField() {
		MvcTestResult result = post("/api/movies", MovieJson.write(MovieJson.with("rating", 5)));

		assertProblem(result, MALFORMED, "rating");
	}

	@Test
	void rejectsMalformedJson() {
		MvcTestResult result = post("/api/movies", "{\"title\": \"Toy Story\", ");

		assertProblem(result, MALFORMED, null);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Request body is not valid JSON");
	}

	@Test
	void rejectsWrongType() {
		MvcTestResult result = post("/api/movies", MovieJson.write(MovieJson.with("releaseYear", "nineteen")));

		assertProblem(result, MALFORMED, "releaseYear");
	}

	@Test
	void rejectsWrongTypeDeepInABatch() {
		List<Map<String, Object>> items = MovieJson.batch(3);
		items.get(2).put("runtimeMinutes", List.of(1));

		assertProblem(post("/api/movies/batch", MovieJson.write(Map.of("items", items))), MALFORMED,
				"items[2].runtimeMinutes");
	}

	@Test
	void rejectsMalformedUuidInPath() {
		assertProblem(this.mvc.get().uri("/api/movies/not-a-uuid").exchange(), MALFORMED, "id");
	}

	static Stream<Arguments> invalidSearches() {
		return Stream.of(Arguments.of("size=101", "size"), Arguments.of("size=0", "size"),
				Arguments.of("page=-1", "page"), Arguments.of("page=first", "page"),
				Arguments.of("page=100001", "page"), Arguments.of("page=99999999999", "page"),
				Arguments.of("sort=rating", "sort"), Arguments.of("sort=desc", "sort"),
				Arguments.of("sort=-id", "sort"), Arguments.of("genre=Telenovela", "genre"),
				Arguments.of("yearFrom=2000&yearTo=1999", "yearTo"), Arguments.of("yearFrom=soon", "yearFrom"),
				Arguments.of("q=" + "x".repeat(101), "q"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSearches")
	void rejectsInvalidSearch(String query, String parameter) {
		MvcTestResult result = this.mvc.get().uri("/api/movies?" + query).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(parameter);
		then(this.catalog).shouldHaveNoInteractions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/movies/by-external-id/netflix/1", "/api/movies/by-external-id/imdb/0114709",
			"/api/movies/by-external-id/movielens/0", "/api/movies/by-external-id/tmdb/abc" })
	void rejectsUnknownSourceOrMalformedExternalId(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isIn("source", "externalId");
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void batchListsEveryInvalidItemByIndexAndStoresNothing() {
		List<Map<String, Object>> items = MovieJson.batch(5);
		items.get(1).put("title", "");
		items.get(3).put("releaseYear", 1800);
		items.get(3).put("genres", List.of("Nope"));

		MvcTestResult result = post("/api/movies/batch", MovieJson.write(Map.of("items", items)));

		assertProblem(result, VALIDATION, "items[1].title");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("items[1].title", "items[3].releaseYear", "items[3].genres[0]");
		then(this.catalog).should(never()).importAll(any());
	}

	@Test
	void batchRejectsExternalIdsUsedTwiceWithinTheBatch() {
		List<Map<String, Object>> items = MovieJson.batch(4);
		items.get(2).put("externalIds", Map.of("imdb", "tt0000001"));
		items.get(3).put("externalIds", Map.of("movieLens", 2, "tmdb", 1));

		MvcTestResult result = post("/api/movies/batch", MovieJson.write(Map.of("items", items)));

		assertProblem(result, VALIDATION, "items[2].externalIds.imdb");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("items[2].externalIds.imdb", "items[3].externalIds.movieLens",
					"items[3].externalIds.tmdb");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[?(@.field == 'items[3].externalIds.movieLens')].message")
			.asArray()
			.containsExactly("is already used by items[1]");
	}

	@Test
	void batchTakesOneToAThousandItems() {
		assertProblem(post("/api/movies/batch", "{\"items\": []}"), VALIDATION, "items");
		assertProblem(post("/api/movies/batch", "{}"), VALIDATION, "items");
		assertProblem(post("/api/movies/batch", MovieJson.write(Map.of("items", MovieJson.batch(1001)))), VALIDATION,
				"items");
	}

	@Test
	void rejectsBodiesOverTheLimit() {
		String huge = MovieJson.write(MovieJson.with("overview", "x".repeat(6 * 1024 * 1024)));

		MvcTestResult result = post("/api/movies/batch", huge);

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://moviestack.dev/problems/payload-too-large");
	}

	@Test
	void mergePatchResultIsValidatedLikeAPut() {
		var movie = MovieFixtures.toyStory(3);
		given(this.catalog.get(movie.id())).willReturn(movie);

		MvcTestResult result = patch(movie.id().toString(), "{\"title\": null, \"releaseYear\": 1869}");

		assertProblem(result, VALIDATION, "title");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("title", "releaseYear");
		then(this.catalog).should(never()).update(any(), any(Long.class), any());
	}

	@Test
	void mergePatchRejectsUnknownFieldsWrongTypesAndNonObjects() {
		var movie = MovieFixtures.toyStory(3);
		given(this.catalog.get(movie.id())).willReturn(movie);

		assertProblem(patch(movie.id().toString(), "{\"rating\": 5}"), MALFORMED, "rating");
		assertProblem(patch(movie.id().toString(), "{\"externalIds\": {\"tmdb\": \"many\"}}"), MALFORMED,
				"externalIds.tmdb");
		assertProblem(patch(movie.id().toString(), "[{\"op\": \"remove\", \"path\": \"/title\"}]"), MALFORMED, null);
		assertProblem(patch(movie.id().toString(), "{\"title\": "), MALFORMED, null);
		then(this.catalog).should(never()).update(any(), any(Long.class), any());
	}

	private MvcTestResult post(String uri, String body) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult patch(String id, String body) {
		return this.mvc.patch()
			.uri("/api/movies/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, admin())
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.content(body)
			.exchange();
	}

	private static void assertProblem(MvcTestResult result, String type, String field) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(type);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
		if (field != null) {
			assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
		}
	}

}
