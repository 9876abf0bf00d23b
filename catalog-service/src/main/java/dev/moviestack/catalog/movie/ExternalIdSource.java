package dev.moviestack.catalog.movie;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The databases whose ids a movie may carry. */
public enum ExternalIdSource {

	MOVIELENS("movieLens"), IMDB("imdb"), TMDB("tmdb");

	private final String property;

	ExternalIdSource(String property) {
		this.property = property;
	}

	/** The name of the id in {@link ExternalIds}, and in the API. */
	public String property() {
		return this.property;
	}

	/** Lookup by lower-case name as it appears in URLs: {@code movielens}. */
	public static Optional<ExternalIdSource> fromName(String name) {
		return Arrays.stream(values()).filter((source) -> source.name().equalsIgnoreCase(name)).findFirst();
	}

	public String urlName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether {@code value} is a well-formed id of this source. */
	public boolean isValidId(String value) {
		if (this == IMDB) {
			return ExternalIds.isImdbId(value);
		}
		return parsePositiveLong(value) != null;
	}

	@Nullable Object valueIn(ExternalIds ids) {
		return switch (this) {
			case MOVIELENS -> ids.movieLens();
			case IMDB -> ids.imdb();
			case TMDB -> ids.tmdb();
		};
	}

	static @Nullable Long parsePositiveLong(String value) {
		try {
			long parsed = Long.parseLong(value);
			return (parsed > 0) ? parsed : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
