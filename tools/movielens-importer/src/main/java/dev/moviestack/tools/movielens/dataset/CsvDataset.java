package dev.moviestack.tools.movielens.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** ml-latest, ml-latest-small, ml-20m, ml-25m: UTF-8 CSV with a header line. */
public record CsvDataset(Path directory) implements Dataset {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	@Override
	public String format() {
		return "MovieLens CSV (movies.csv, links.csv, ratings.csv)";
	}

	@Override
	public void movies(Consumer<Movie> movies, Consumer<LineError> errors) throws IOException {
		Map<Long, Links> links = links(errors);
		Lines.read(this.directory.resolve("movies.csv"), StandardCharsets.UTF_8, true, (line, origin) -> {
			List<String> fields = fields(line, origin, 3, "movieId, title, genres", errors);
			if (fields == null) {
				return;
			}
			long id;
			try {
				id = Dataset.positive(fields.get(0), "movieId");
			}
			catch (IllegalArgumentException ex) {
				errors.accept(new LineError(origin, ex.getMessage()));
				return;
			}
			List<String> genres = Genres.parse(fields.get(2),
					(unknown) -> errors.accept(new LineError(origin, "unknown genre '" + unknown + "' left out")));
			Links link = links.get(id);
			Dataset.movie(id, Titles.parse(fields.get(1)), genres, origin,
					(movie) -> movies.accept((link != null) ? movie.withLinks(link.imdb(), link.tmdb()) : movie),
					errors);
		});
	}

	@Override
	public void ratings(Consumer<Rating> ratings, Consumer<LineError> errors) throws IOException {
		Lines.read(this.directory.resolve("ratings.csv"), StandardCharsets.UTF_8, true,
				(line, origin) -> Dataset.rating(line.split(",", -1), origin, ratings, errors));
	}

	@Override
	public long movieLines() throws IOException {
		return Lines.count(this.directory.resolve("movies.csv"), true);
	}

	@Override
	public long ratingLines() throws IOException {
		return Lines.count(this.directory.resolve("ratings.csv"), true);
	}

	/** IMDb and TMDB ids of one movie. */
	record Links(@Nullable String imdb, @Nullable Long tmdb) {

	}

	private Map<Long, Links> links(Consumer<LineError> errors) throws IOException {
		Map<Long, Links> links = new HashMap<>();
		Path file = this.directory.resolve("links.csv");
		if (!Files.isRegularFile(file)) {
			return links;
		}
		Lines.read(file, StandardCharsets.UTF_8, true, (line, origin) -> {
			List<String> fields = fields(line, origin, 3, "movieId, imdbId, tmdbId", errors);
			if (fields == null) {
				return;
			}
			try {
				long id = Dataset.positive(fields.get(0), "movieId");
				String imdb = fields.get(1).isBlank() ? null : imdb(fields.get(1));
				Long tmdb = fields.get(2).isBlank() ? null : Dataset.positive(fields.get(2), "tmdbId");
				links.put(id, new Links(imdb, tmdb));
			}
			catch (IllegalArgumentException ex) {
				errors.accept(new LineError(origin, ex.getMessage()));
			}
		});
		return links;
	}

	/** "114709" or "0114709" becomes "tt0114709": IMDb ids have at least 7 digits. */
	static String imdb(String digits) {
		String text = digits.strip();
		if (text.startsWith("tt")) {
			text = text.substring(2);
		}
		if (!text.matches("\\d{1,10}") || Long.parseLong(text) == 0) {
			throw new IllegalArgumentException("imdbId must be digits, not '" + digits + "'");
		}
		String number = String.valueOf(Long.parseLong(text));
		return "tt" + "0".repeat(Math.max(0, 7 - number.length())) + number;
	}

	private static @Nullable List<String> fields(String line, Origin origin, int expected, String names,
			Consumer<LineError> errors) {
		try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.size() != 1 || records.get(0).size() != expected) {
				int found = records.isEmpty() ? 0 : records.get(0).size();
				errors
					.accept(new LineError(origin, "expected " + expected + " fields (" + names + "), found " + found));
				return null;
			}
			return records.get(0).toList();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			errors.accept(new LineError(origin, "not valid CSV: " + ex.getMessage()));
			return null;
		}
	}

}
