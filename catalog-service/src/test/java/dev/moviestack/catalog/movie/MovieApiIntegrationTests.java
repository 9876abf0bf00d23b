package dev.moviestack.catalog.movie;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.moviestack.catalog.IntegrationTest;
import dev.moviestack.contract.catalog.Genre;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The movie API on the real database: round trips, locking, search and lookups. */
class MovieApiIntegrationTests extends IntegrationTest {

	/** External ids unique within the database the test context shares. */
	private static final AtomicInteger ids = new AtomicInteger(1000);

	@Autowired
	private JsonMapper json;

	@Autowired
	private MovieCatalog catalog;

	@Autowired
	private MovieRepository repository;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void createReadReplacePatchAndDeleteRoundTrip() {
		Map<String, Object> movie = movie("Heat", 1995, List.of("Action", "Crime", "Thriller"));
		EntityExchangeResult<String> created = this.admin.post()
			.uri("/api/movies")
			.contentType(MediaType.APPLICATION_JSON)
			.body(movie)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody(String.class)
			.returnResult();
		URI location = created.getResponseHeaders().getLocation();
		JsonNode body = this.json.readTree(created.getResponseBody());
		assertThat(location).hasPath("/api/movies/" + body.get("id").asString());

		this.http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.json(created.getResponseBody());

		movie.put("overview", "A group of professional bank robbers start to feel the heat from police.");
		this.admin.put()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(movie)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1);

		this.admin.patch()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body("{\"runtimeMinutes\": 170, \"overview\": null}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");

		this.http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.runtimeMinutes")
			.isEqualTo(170)
			.jsonPath("$.overview")
			.isEmpty()
			.jsonPath("$.title")
			.isEqualTo("Heat")
			.jsonPath("$.genres")
			.isEqualTo(List.of("Action", "Crime", "Thriller"));
		this.http.get()
			.uri(location)
			.header(HttpHeaders.IF_NONE_MATCH, "\"2\"")
			.exchange()
			.expectStatus()
			.isNotModified();

		this.admin.delete().uri(location).header(HttpHeaders.IF_MATCH, "\"2\"").exchange().expectStatus().isNoContent();
		this.http.get().uri(location).exchange().expectStatus().isNotFound();
	}

	@Test
	void aWriteWithAStaleVersionIsRejectedAndChangesNothing() {
		URI location = create(movie("Casino", 1995, List.of("Crime", "Drama")));
		Map<String, Object> first = movie("Casino", 1995, List.of("Crime", "Drama"));
		first.put("runtimeMinutes", 178);
		Map<String, Object> second = movie("Casino (1995)", 1995, List.of("Crime"));

		this.admin.put()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(first)
			.exchange()
			.expectStatus()
			.isOk();
		this.admin.put()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(second)
			.exchange()
			.expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://moviestack.dev/problems/precondition-failed");

		this.http.get()
			.uri(location)
			.exchange()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Casino")
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void theVersionColumnStopsAConcurrentTransactionFromOverwritingAChange() throws Exception {
		Movie movie = this.catalog.create(details("Se7en", 1995));
		MovieDetails theirs = new MovieDetails("Seven", null, 1995, java.util.Set.of(Genre.THRILLER), null, null,
				ExternalIds.NONE);

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				Movie ours = this.repository.findById(movie.id()).orElseThrow();
				// another transaction commits a change after we read
				CompletableFuture.runAsync(() -> this.catalog.update(movie.id(), 0, theirs)).join();
				ours.update(details("Se7en (director's cut)", 1995), java.time.Instant.now());
				this.repository.flush();
			}));

		assertThat(this.catalog.get(movie.id()).title()).isEqualTo("Seven");
		assertThat(this.catalog.get(movie.id()).version()).isEqualTo(1);
	}

	@Test
	void aChangeThatChangesNothingKeepsTheVersion() {
		Map<String, Object> movie = movie("Jumanji", 1995, List.of("Adventure", "Children", "Fantasy"));
		URI location = create(movie);

		this.admin.put()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(movie)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"");
	}

	@Test
	void searchFiltersSortsAndPages() {
		String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		create(movie(marker + " Alpha", 1971, List.of("Drama")));
		create(movie(marker + " Beta", 1985, List.of("Comedy", "Drama")));
		create(movie("The " + marker.toLowerCase() + " Gamma", 1999, List.of("Drama", "Sci-Fi")));
		create(movie(marker + " Delta", 2010, List.of("Comedy")));
		create(movie(marker + "_percent% Epsilon", 2005, List.of("Horror")));

		this.http.get()
			.uri("/api/movies?q={q}&genre=drama&yearFrom=1980&sort=releaseYear,desc", marker.toUpperCase())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].title")
			.isEqualTo(List.of("The " + marker.toLowerCase() + " Gamma", marker + " Beta"))
			.jsonPath("$.page.totalElements")
			.isEqualTo(2);

		this.http.get()
			.uri("/api/movies?q={q}&size=2&page=1", marker)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].title")
			.isEqualTo(List.of(marker + " Beta", marker + " Delta"))
			.jsonPath("$.page")
			.isEqualTo(Map.of("number", 1, "size", 2, "totalElements", 5, "totalPages", 3));

		// LIKE wildcards in q are plain characters
		this.http.get()
			.uri("/api/movies?q={q}", marker + "_")
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].title")
			.isEqualTo(List.of(marker + "_percent% Epsilon"));
		this.http.get()
			.uri("/api/movies?q={q}", marker + "%Alpha")
			.exchange()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0);
		this.http.get()
			.uri("/api/movies?q={q}&yearTo=1971&genre=Drama", marker)
			.exchange()
			.expectBody()
			.jsonPath("$.items[*].title")
			.isEqualTo(List.of(marker + " Alpha"));
	}

	@Test
	void findsMoviesByEachExternalId() {
		Map<String, Object> movie = movie("Toy Story", 1995, List.of("Animation"));
		URI location = create(movie);
		@SuppressWarnings("unchecked")
		Map<String, Object> external = (Map<String, Object>) movie.get("externalIds");
		String id = location.getPath().substring("/api/movies/".length());

		for (String path : List.of("movielens/" + external.get("movieLens"), "imdb/" + external.get("imdb"),
				"tmdb/" + external.get("tmdb"))) {
			this.http.get()
				.uri("/api/movies/by-external-id/" + path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, "\"0\"")
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo(id);
		}
		this.http.get().uri("/api/movies/by-external-id/tmdb/999999999999").exchange().expectStatus().isNotFound();
	}

	@Test
	void externalIdsAreUnique() {
		Map<String, Object> first = movie("Sabrina", 1995, List.of("Comedy", "Romance"));
		URI firstLocation = create(first);
		Map<String, Object> second = movie("Sabrina (copy)", 1995, List.of("Comedy"));
		@SuppressWarnings("unchecked")
		Map<String, Object> ids = (Map<String, Object>) second.get("externalIds");
		@SuppressWarnings("unchecked")
		Map<String, Object> firstIds = (Map<String, Object>) first.get("externalIds");
		ids.put("imdb", firstIds.get("imdb"));

		this.admin.post()
			.uri("/api/movies")
			.contentType(MediaType.APPLICATION_JSON)
			.body(second)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("externalIds.imdb")
			.jsonPath("$.errors[0].message")
			.isEqualTo("already belongs to movie " + firstLocation.getPath().substring("/api/movies/".length()));

		// a movie may keep its own ids when it is replaced
		this.admin.put()
			.uri(firstLocation)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(first)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void badInputIsAProblemOnTheRunningServiceToo() {
		this.http.get()
			.uri("/api/movies/not-a-uuid")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("id");
		this.admin.post()
			.uri("/api/movies")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"title\": \"x\", \"releaseYear\": 1869, \"genres\": [\"Nope\"]}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.json("""
					{"type": "https://moviestack.dev/problems/validation", "status": 400, "instance": "/api/movies",
					 "errors": [{"field": "genres[0]", "message": "must be one of the genres at GET /api/genres",
					             "rejectedValue": "Nope"},
					            {"field": "releaseYear", "rejectedValue": 1869}]}""");
	}

	/** A movie with external ids no other test uses. */
	static Map<String, Object> movie(String title, int year, List<String> genres) {
		int id = ids.incrementAndGet();
		Map<String, Object> movie = new LinkedHashMap<>();
		movie.put("title", title);
		movie.put("releaseYear", year);
		movie.put("genres", genres);
		movie.put("externalIds",
				new LinkedHashMap<>(Map.of("movieLens", id, "imdb", "tt%09d".formatted(id), "tmdb", id)));
		return movie;
	}

	private static MovieDetails details(String title, int year) {
		return new MovieDetails(title, null, year, java.util.Set.of(Genre.CRIME), null, null, ExternalIds.NONE);
	}

	private URI create(Map<String, Object> movie) {
		return this.admin.post()
			.uri("/api/movies")
			.contentType(MediaType.APPLICATION_JSON)
			.body(movie)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation();
	}

}
