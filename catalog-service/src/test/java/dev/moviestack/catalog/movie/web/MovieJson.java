package dev.moviestack.catalog.movie.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies for web tests: a valid movie, changed one field at a time. */
final class MovieJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MovieJson() {
	}

	static Map<String, Object> valid() {
		Map<String, Object> externalIds = new LinkedHashMap<>();
		externalIds.put("movieLens", 1);
		externalIds.put("imdb", "tt0114709");
		externalIds.put("tmdb", 862);
		Map<String, Object> movie = new LinkedHashMap<>();
		movie.put("title", "Toy Story");
		movie.put("releaseYear", 1995);
		movie.put("genres", List.of("Animation", "Children", "Comedy"));
		movie.put("overview", "A cowboy doll is profoundly threatened when a new spaceman figure supplants him.");
		movie.put("runtimeMinutes", 81);
		movie.put("externalIds", externalIds);
		return movie;
	}

	/** The valid movie with one field set; a dotted name reaches into externalIds. */
	static Map<String, Object> with(String field, Object value) {
		Map<String, Object> movie = valid();
		if (field.startsWith("externalIds.")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> ids = (Map<String, Object>) movie.get("externalIds");
			ids.put(field.substring("externalIds.".length()), value);
		}
		else {
			movie.put(field, value);
		}
		return movie;
	}

	/** {@code count} valid movies with distinct external ids. */
	static List<Map<String, Object>> batch(int count) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> movie = valid();
			movie.put("title", "Movie " + i);
			movie.put("externalIds", Map.of("movieLens", i + 1, "imdb", "tt%07d".formatted(i + 1), "tmdb", i + 1));
			items.add(movie);
		}
		return items;
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

}
