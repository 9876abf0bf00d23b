package dev.moviestack.tools.movielens.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * MovieLens genres as catalog labels. The catalog's labels are MovieLens's own, so the
 * mapping is one to one, except for "Children's" of the older sets.
 */
public final class Genres {

	/** The catalog's genre labels (GET /api/genres). */
	public static final List<String> LABELS = List.of("Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
			"Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "IMAX", "Musical", "Mystery", "Romance", "Sci-Fi",
			"Thriller", "War", "Western");

	/** The 19 genre flags of ml-100k's u.item, in column order. */
	public static final List<String> ML_100K_FLAGS = List.of("unknown", "Action", "Adventure", "Animation",
			"Children's", "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical",
			"Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western");

	private static final String NONE = "(no genres listed)";

	private static final Map<String, String> ALIASES = Map.of("children's", "Children", "unknown", "");

	private Genres() {
	}

	/**
	 * Labels of a '|'-separated MovieLens genre list; "(no genres listed)" is none.
	 * @param unknown told about each label the catalog does not know; it is left out
	 */
	public static List<String> parse(String pipeSeparated, Consumer<String> unknown) {
		String text = pipeSeparated.strip();
		if (text.isEmpty() || text.equalsIgnoreCase(NONE)) {
			return List.of();
		}
		Set<String> labels = new LinkedHashSet<>();
		for (String raw : text.split("\\|")) {
			String label = raw.strip();
			if (!label.isEmpty()) {
				toCatalog(label).ifPresentOrElse((known) -> {
					if (!known.isEmpty()) {
						labels.add(known);
					}
				}, () -> unknown.accept(label));
			}
		}
		return new ArrayList<>(labels);
	}

	/** The catalog label for a MovieLens label; empty string for "unknown". */
	static Optional<String> toCatalog(String label) {
		String alias = ALIASES.get(label.toLowerCase(Locale.ROOT));
		if (alias != null) {
			return Optional.of(alias);
		}
		return LABELS.stream().filter((known) -> known.equalsIgnoreCase(label)).findFirst();
	}

}
