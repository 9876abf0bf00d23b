package dev.moviestack.catalog.movie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.moviestack.catalog.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch import: all or nothing, and idempotent on external ids. */
class MovieBatchIntegrationTests extends IntegrationTest {

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void oneInvalidItemStoresNothing() {
		List<Map<String, Object>> items = items(5);
		items.get(3).put("releaseYear", 1869);

		this.admin.post()
			.uri("/api/movies/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("items", items))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("items[3].releaseYear"));

		assertThat(storedWithMovieLensIds(items)).isZero();
	}

	@Test
	void anItemWhoseIdsBelongToTwoMoviesFailsTheWholeBatch() {
		List<Map<String, Object>> existing = items(2);
		importBatch(existing);
		List<Map<String, Object>> items = items(3);
		// MovieLens id of the first existing movie, IMDb id of the second
		externalIds(items.get(1)).put("movieLens", externalIds(existing.get(0)).get("movieLens"));
		externalIds(items.get(1)).put("imdb", externalIds(existing.get(1)).get("imdb"));

		this.admin.post()
			.uri("/api/movies/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("items", items))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("items[1].externalIds.imdb"));

		assertThat(storedWithMovieLensIds(List.of(items.get(0), items.get(2)))).isZero();
	}

	@Test
	void sendingTheSameBatchAgainCreatesNoDuplicates() {
		List<Map<String, Object>> items = items(20);

		JsonNode first = importBatch(items);
		JsonNode second = importBatch(items);

		assertThat(first.get("created").asInt()).isEqualTo(20);
		assertThat(second.get("created").asInt()).isZero();
		assertThat(second.get("existing").asInt()).isEqualTo(20);
		for (int i = 0; i < 20; i++) {
			assertThat(second.get("items").get(i).get("status").asString()).isEqualTo("EXISTING");
			assertThat(second.get("items").get(i).get("id")).isEqualTo(first.get("items").get(i).get("id"));
		}
		assertThat(storedWithMovieLensIds(items)).isEqualTo(20);
	}

	@Test
	void existingItemsAreMatchedByAnyOfTheirIdsAndLeftUnchanged() {
		List<Map<String, Object>> items = items(3);
		JsonNode first = importBatch(items);
		List<Map<String, Object>> again = new ArrayList<>(items(2));
		// the same movie, known by its TMDB id only and with another title
		Map<String, Object> known = new java.util.LinkedHashMap<>(items.get(1));
		known.put("title", "Changed title");
		known.put("externalIds", Map.of("tmdb", externalIds(items.get(1)).get("tmdb")));
		again.add(1, known);

		JsonNode second = importBatch(again);

		List<String> statuses = new ArrayList<>();
		second.get("items").forEach((item) -> statuses.add(item.get("status").asString()));
		assertThat(statuses).containsExactly("CREATED", "EXISTING", "CREATED");
		assertThat(second.get("items").get(1).get("id")).isEqualTo(first.get("items").get(1).get("id"));
		this.http.get()
			.uri("/api/movies/{id}", first.get("items").get(1).get("id").asString())
			.exchange()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo(items.get(1).get("title"))
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	@Test
	void importsAThousandMoviesWithOverviewsInOneRequest() {
		List<Map<String, Object>> items = items(1000);
		items.forEach((item) -> item.put("overview", "An overview of about three hundred characters. ".repeat(6)));

		JsonNode result = importBatch(items);

		assertThat(result.get("created").asInt()).isEqualTo(1000);
		assertThat(storedWithMovieLensIds(items)).isEqualTo(1000);
	}

	private JsonNode importBatch(List<Map<String, Object>> items) {
		String body = this.admin.post()
			.uri("/api/movies/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("items", items))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	private long storedWithMovieLensIds(List<Map<String, Object>> items) {
		List<Long> ids = items.stream()
			.map((item) -> ((Number) externalIds(item).get("movieLens")).longValue())
			.toList();
		return this.jdbc.sql("select count(*) from movie where movielens_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> externalIds(Map<String, Object> item) {
		return (Map<String, Object>) item.get("externalIds");
	}

	private static List<Map<String, Object>> items(int count) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(MovieApiIntegrationTests.movie("Batch movie " + i, 1990 + (i % 30), List.of("Drama")));
		}
		return items;
	}

}
