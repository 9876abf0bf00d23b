package dev.moviestack.catalog.movie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link MovieSearch} into a query whose predicates the indexes of V1/V2 serve.
 */
final class MovieSpecifications {

	private MovieSpecifications() {
	}

	static Specification<Movie> matching(MovieSearch search) {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (search.genre() != null) {
				// renders genres @> array[?] on PostgreSQL: the GIN index on genres
				predicates.add(builder.isTrue(builder.function("array_contains", Boolean.class, root.get("genres"),
						builder.literal(search.genre().name()))));
			}
			if (search.yearFrom() != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("releaseYear"), search.yearFrom()));
			}
			if (search.yearTo() != null) {
				predicates.add(builder.lessThanOrEqualTo(root.get("releaseYear"), search.yearTo()));
			}
			if (search.titleContains() != null && !search.titleContains().isBlank()) {
				// lower(title) LIKE '%...%': the trigram index on lower(title)
				String pattern = "%" + escapeLike(search.titleContains().strip().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(builder.like(builder.lower(root.get("title")), pattern, '\\'));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
