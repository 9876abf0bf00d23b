package dev.moviestack.tools.movielens.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** ml-1m (and ml-10m): '::'-separated, ISO-8859-1, no header, no links. */
public record Ml1mDataset(Path directory) implements Dataset {

	private static final Pattern SEPARATOR = Pattern.compile("::");

	@Override
	public String format() {
		return "MovieLens 1M (movies.dat, ratings.dat)";
	}

	@Override
	public void movies(Consumer<Movie> movies, Consumer<LineError> errors) throws IOException {
		Lines.read(this.directory.resolve("movies.dat"), StandardCharsets.ISO_8859_1, false, (line, origin) -> {
			String[] fields = SEPARATOR.split(line, -1);
			if (fields.length != 3) {
				errors.accept(
						new LineError(origin, "expected 3 fields (MovieID::Title::Genres), found " + fields.length));
				return;
			}
			long id;
			try {
				id = Dataset.positive(fields[0], "MovieID");
			}
			catch (IllegalArgumentException ex) {
				errors.accept(new LineError(origin, ex.getMessage()));
				return;
			}
			List<String> genres = Genres.parse(fields[2],
					(unknown) -> errors.accept(new LineError(origin, "unknown genre '" + unknown + "' left out")));
			Dataset.movie(id, Titles.parse(fields[1]), genres, origin, movies, errors);
		});
	}

	@Override
	public void ratings(Consumer<Rating> ratings, Consumer<LineError> errors) throws IOException {
		Lines.read(this.directory.resolve("ratings.dat"), StandardCharsets.ISO_8859_1, false,
				(line, origin) -> Dataset.rating(SEPARATOR.split(line, -1), origin, ratings, errors));
	}

	@Override
	public long movieLines() throws IOException {
		return Lines.count(this.directory.resolve("movies.dat"), false);
	}

	@Override
	public long ratingLines() throws IOException {
		return Lines.count(this.directory.resolve("ratings.dat"), false);
	}

}
