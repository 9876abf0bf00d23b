package dev.moviestack.tools.movielens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the two batch endpoints inside WireMock the way catalog-service and
 * rating-service do: the catalog finds movies again by their MovieLens id, rating-service
 * leaves equal ratings alone, and (when told to) rating-service does not know the movies
 * yet for the first few batches, as when the catalog's events are still on their way.
 */
final class FakePlatform implements ResponseDefinitionTransformerV2 {

	static final String NAME = "fake-platform";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<Long, UUID> movies = new HashMap<>();

	private final Map<String, String> ratings = new HashMap<>();

	final AtomicInteger lagBatches = new AtomicInteger();

	final AtomicInteger unauthorizedOnce = new AtomicInteger();

	final List<JsonNode> movieItems = new ArrayList<>();

	final List<JsonNode> ratingItems = new ArrayList<>();

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public synchronized ResponseDefinition transform(ServeEvent event) {
		if (this.unauthorizedOnce.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			return response(401, "{\"status\":401,\"detail\":\"The access token is invalid or expired\"}");
		}
		String path = event.getRequest().getUrl();
		JsonNode items = this.json.readTree(new String(event.getRequest().getBody(), StandardCharsets.UTF_8))
			.path("items");
		return path.startsWith("/api/movies/batch") ? movies(items) : ratings(items);
	}

	private ResponseDefinition movies(JsonNode items) {
		StringBuilder results = new StringBuilder();
		int created = 0;
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			this.movieItems.add(item);
			long movieLens = item.path("externalIds").path("movieLens").asLong();
			boolean isNew = !this.movies.containsKey(movieLens);
			UUID id = this.movies.computeIfAbsent(movieLens, (key) -> UUID.randomUUID());
			created += isNew ? 1 : 0;
			results.append((i > 0) ? "," : "")
				.append("{\"index\":%d,\"id\":\"%s\",\"status\":\"%s\"}".formatted(i, id,
						isNew ? "CREATED" : "EXISTING"));
		}
		return response(200,
				"{\"created\":%d,\"existing\":%d,\"items\":[%s]}".formatted(created, items.size() - created, results));
	}

	private ResponseDefinition ratings(JsonNode items) {
		if (this.lagBatches.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			StringBuilder errors = new StringBuilder();
			for (int i = 0; i < items.size(); i++) {
				errors.append((i > 0) ? "," : "")
					.append("{\"field\":\"items[%d].movieId\",\"message\":\"movie does not exist\",\"rejectedValue\":\"%s\"}"
						.formatted(i, items.get(i).path("movieId").asString()));
			}
			return response(400, "{\"status\":400,\"detail\":\"invalid\",\"errors\":[" + errors + "]}");
		}
		int created = 0;
		int replaced = 0;
		for (JsonNode item : items) {
			this.ratingItems.add(item);
			String key = item.path("userId").asString() + "/" + item.path("movieId").asString();
			String value = item.path("stars").asString() + "@" + item.path("ratedAt").asString();
			String old = this.ratings.put(key, value);
			if (old == null) {
				created++;
			}
			else if (!old.equals(value)) {
				replaced++;
			}
		}
		return response(200, "{\"received\":%d,\"created\":%d,\"replaced\":%d,\"unchanged\":%d,\"moviesAffected\":1}"
			.formatted(items.size(), created, replaced, items.size() - created - replaced));
	}

	private static ResponseDefinition response(int status, String body) {
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(status)
			.withHeader("Content-Type", (status == 200) ? "application/json" : "application/problem+json")
			.withBody(body)
			.build();
	}

}
