package dev.moviestack.tools.movielens.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One MovieLens data set on disk. Readers hand over each good record and report each bad
 * line; they never stop at a bad line.
 */
public sealed interface Dataset permits CsvDataset, Ml1mDataset, Ml100kDataset {

	/** Name of the layout, for the summary. */
	String format();

	Path directory();

	/** Reads every movie, with its IMDb and TMDB ids where the layout has them. */
	void movies(Consumer<Movie> movies, Consumer<LineError> errors) throws IOException;

	/** Reads every rating. */
	void ratings(Consumer<Rating> ratings, Consumer<LineError> errors) throws IOException;

	/**
	 * How many movie lines there are: those that do not turn into movies were skipped.
	 */
	long movieLines() throws IOException;

	/** How many rating lines there are, for the progress bar. */
	long ratingLines() throws IOException;

	/**
	 * The data set in {@code directory}, by the files present: movies.csv + ratings.csv
	 * (ml-latest, ml-20m, ml-25m), movies.dat + ratings.dat (ml-1m), u.item + u.data
	 * (ml-100k).
	 */
	static Optional<Dataset> detect(Path directory) {
		if (Files.isRegularFile(directory.resolve("movies.csv"))
				&& Files.isRegularFile(directory.resolve("ratings.csv"))) {
			return Optional.of(new CsvDataset(directory));
		}
		if (Files.isRegularFile(directory.resolve("movies.dat"))
				&& Files.isRegularFile(directory.resolve("ratings.dat"))) {
			return Optional.of(new Ml1mDataset(directory));
		}
		if (Files.isRegularFile(directory.resolve("u.item")) && Files.isRegularFile(directory.resolve("u.data"))) {
			return Optional.of(new Ml100kDataset(directory));
		}
		return Optional.empty();
	}

	/** A positive whole number, or an exception naming the field. */
	static long positive(String text, String field) {
		try {
			long value = Long.parseLong(text.strip());
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(field + " must be a positive whole number, not '" + text + "'");
	}

	/** Stars from 0.5 to 5.0 in steps of 0.5, or an exception. */
	static BigDecimal stars(String text) {
		try {
			BigDecimal stars = new BigDecimal(text.strip());
			BigDecimal halves = stars.multiply(BigDecimal.TWO);
			if (halves.signum() > 0 && halves.compareTo(BigDecimal.TEN) <= 0
					&& halves.stripTrailingZeros().scale() <= 0) {
				return stars;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("rating must be 0.5 to 5.0 in steps of 0.5, not '" + text + "'");
	}

	/** Seconds since the epoch, or an exception. */
	static Instant epochSeconds(String text) {
		try {
			return Instant.ofEpochSecond(Long.parseLong(text.strip()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("timestamp must be seconds since 1970, not '" + text + "'");
		}
	}

	/** A rating line split into user, movie, rating and timestamp. */
	static void rating(String[] fields, Origin origin, Consumer<Rating> ratings, Consumer<LineError> errors) {
		if (fields.length != 4) {
			errors.accept(new LineError(origin,
					"expected 4 fields (user, movie, rating, timestamp), found " + fields.length));
			return;
		}
		try {
			ratings.accept(new Rating(positive(fields[0], "userId"), positive(fields[1], "movieId"), stars(fields[2]),
					epochSeconds(fields[3]), origin));
		}
		catch (IllegalArgumentException ex) {
			errors.accept(new LineError(origin, ex.getMessage()));
		}
	}

	/** Checks the year MovieLens gave and builds the movie, or reports why not. */
	static void movie(long movieLensId, Titles.Title title, java.util.List<String> genres, Origin origin,
			Consumer<Movie> movies, Consumer<LineError> errors) {
		if (title.year() == null) {
			errors.accept(new LineError(origin, "movie " + movieLensId + " '" + title.title()
					+ "' has no release year; skipped (the catalog requires one)"));
			return;
		}
		if (title.title().isEmpty() || title.title().length() > 300) {
			errors.accept(new LineError(origin, "movie " + movieLensId + " has an empty or over-long title; skipped"));
			return;
		}
		movies.accept(
				new Movie(movieLensId, title.title(), title.originalTitle(), title.year(), genres, null, null, origin));
	}

}
