package dev.moviestack.tools.movielens.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * ml-100k: u.item is '|'-separated (id, title, release date "01-Jan-1995", video date,
 * IMDb URL, 19 genre flags), u.data is tab-separated; ISO-8859-1, no header.
 */
public record Ml100kDataset(Path directory) implements Dataset {

	private static final int ITEM_FIELDS = 5 + Genres.ML_100K_FLAGS.size();

	@Override
	public String format() {
		return "MovieLens 100K (u.item, u.data)";
	}

	@Override
	public void movies(Consumer<Movie> movies, Consumer<LineError> errors) throws IOException {
		Lines.read(this.directory.resolve("u.item"), StandardCharsets.ISO_8859_1, false, (line, origin) -> {
			String[] fields = line.split("\\|", -1);
			if (fields.length != ITEM_FIELDS) {
				errors.accept(new LineError(origin,
						"expected " + ITEM_FIELDS + " '|'-separated fields, found " + fields.length));
				return;
			}
			long id;
			try {
				id = Dataset.positive(fields[0], "movie id");
			}
			catch (IllegalArgumentException ex) {
				errors.accept(new LineError(origin, ex.getMessage()));
				return;
			}
			List<String> labels = new ArrayList<>();
			for (int flag = 0; flag < Genres.ML_100K_FLAGS.size(); flag++) {
				String value = fields[5 + flag].strip();
				if (value.equals("1")) {
					labels.add(Genres.ML_100K_FLAGS.get(flag));
				}
				else if (!value.equals("0")) {
					errors.accept(new LineError(origin, "genre flag " + Genres.ML_100K_FLAGS.get(flag)
							+ " must be 0 or 1, not '" + value + "'; left out"));
				}
			}
			List<String> genres = Genres.parse(String.join("|", labels),
					(unknown) -> errors.accept(new LineError(origin, "unknown genre '" + unknown + "' left out")));
			Titles.Title title = Titles.parse(fields[1]);
			if (title.year() == null) {
				Integer released = Titles.yearOfReleaseDate(fields[2]).orElse(null);
				title = new Titles.Title(title.title(), title.originalTitle(), released);
			}
			Dataset.movie(id, title, genres, origin, movies, errors);
		});
	}

	@Override
	public void ratings(Consumer<Rating> ratings, Consumer<LineError> errors) throws IOException {
		Lines.read(this.directory.resolve("u.data"), StandardCharsets.ISO_8859_1, false,
				(line, origin) -> Dataset.rating(line.split("\t", -1), origin, ratings, errors));
	}

	@Override
	public long movieLines() throws IOException {
		return Lines.count(this.directory.resolve("u.item"), false);
	}

	@Override
	public long ratingLines() throws IOException {
		return Lines.count(this.directory.resolve("u.data"), false);
	}

}
