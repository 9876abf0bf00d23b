package dev.moviestack.catalog.movie.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The {@code sort} parameter: properties from a whitelist, each optionally followed by
 * {@code asc} or {@code desc} ({@code sort=releaseYear,desc&sort=title}) or prefixed with
 * {@code -} ({@code sort=-releaseYear,title}). The id always breaks ties, so that pages
 * do not overlap.
 */
final class MovieSort {

	/** API names of the sortable properties; each has an index. */
	static final Map<String, String> PROPERTIES = Map.of("title", "title", "releaseYear", "releaseYear", "createdAt",
			"createdAt", "updatedAt", "updatedAt");

	static final String DEFAULT = "title";

	private MovieSort() {
	}

	/**
	 * @param tokens the parameter values, split at commas
	 * @throws IllegalArgumentException naming the token that is not allowed
	 */
	static Sort parse(List<String> tokens) {
		List<Sort.Order> orders = new ArrayList<>();
		for (String raw : tokens) {
			String token = raw.strip();
			if (token.isEmpty()) {
				continue;
			}
			String lower = token.toLowerCase(Locale.ROOT);
			if (lower.equals("asc") || lower.equals("desc")) {
				if (orders.isEmpty()) {
					throw new IllegalArgumentException(token);
				}
				Sort.Order last = orders.remove(orders.size() - 1);
				orders.add(last.with(Sort.Direction.fromString(lower)));
				continue;
			}
			boolean descending = token.startsWith("-");
			String property = PROPERTIES.get(descending ? token.substring(1) : token);
			if (property == null) {
				throw new IllegalArgumentException(token);
			}
			orders.add(descending ? Sort.Order.desc(property) : Sort.Order.asc(property));
		}
		if (orders.isEmpty()) {
			orders.add(Sort.Order.asc(DEFAULT));
		}
		orders.add(Sort.Order.asc("id"));
		return Sort.by(orders);
	}

}
