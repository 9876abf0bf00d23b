package dev.moviestack.tools.movielens.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Reads the fixture of each layout, bad lines included. */
class DatasetTests {

	private final List<Movie> movies = new ArrayList<>();

	private final List<Rating> ratings = new ArrayList<>();

	private final List<String> errors = new ArrayList<>();

	static Path fixture(String name) {
		try {
			return Path.of(DatasetTests.class.getResource("/fixtures/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void detectsTheLayoutFromTheFilesPresent() {
		assertThat(Dataset.detect(fixture("ml-latest"))).containsInstanceOf(CsvDataset.class);
		assertThat(Dataset.detect(fixture("ml-1m"))).containsInstanceOf(Ml1mDataset.class);
		assertThat(Dataset.detect(fixture("ml-100k"))).containsInstanceOf(Ml100kDataset.class);
		assertThat(Dataset.detect(fixture("empty"))).isEmpty();
	}

	@Test
	void readsCsvMoviesWithLinksAndReportsBadLines() throws IOException {
		new CsvDataset(fixture("ml-latest")).movies(this.movies::add, (error) -> this.errors.add(error.toString()));
		assertThat(this.movies).extracting(Movie::movieLensId).containsExactly(1L, 5L, 11L, 29L, 100L, 171749L);
		Movie toyStory = this.movies.get(0);
		assertThat(toyStory.title()).isEqualTo("Toy Story");
		assertThat(toyStory.releaseYear()).isEqualTo(1995);
		assertThat(toyStory.genres()).containsExactly("Adventure", "Animation", "Children", "Comedy", "Fantasy");
		assertThat(toyStory.imdb()).isEqualTo("tt0114709");
		assertThat(toyStory.tmdb()).isEqualTo(862L);
		assertThat(toyStory.origin()).isEqualTo(new Origin("movies.csv", 2));
		assertThat(this.movies.get(1).imdb()).as("padded to seven digits").isEqualTo("tt0113041");
		assertThat(this.movies.get(2).title()).isEqualTo("The American President");
		assertThat(this.movies.get(3).originalTitle()).isEqualTo("La Cité des enfants perdus");
		assertThat(this.movies.get(4).title()).isEqualTo("Wonderful Life");
		assertThat(this.movies.get(4).imdb()).isEqualTo("tt0038650");
		assertThat(this.movies.get(5).genres()).isEmpty();
		assertThat(this.movies.get(5).tmdb()).isNull();

		assertThat(this.errors).hasSize(6)
			.contains("links.csv:8: imdbId must be digits, not 'not-a-number'",
					"movies.csv:6: movie 40697 'Babylon 5' has no release year; skipped (the catalog requires one)",
					"movies.csv:7: movieId must be a positive whole number, not 'abc'",
					"movies.csv:8: expected 3 fields (movieId, title, genres), found 2",
					"movies.csv:10: unknown genre 'Made-Up Genre' left out")
			.anySatisfy((error) -> assertThat(error).startsWith("movies.csv:9: not valid CSV"));
	}

	@Test
	void readsCsvRatingsAndReportsBadLines() throws IOException {
		new CsvDataset(fixture("ml-latest")).ratings(this.ratings::add, (error) -> this.errors.add(error.toString()));
		assertThat(this.ratings).hasSize(7);
		Rating first = this.ratings.get(0);
		assertThat(first.pseudoUser()).isEqualTo("movielens:1");
		assertThat(first.movieId()).isEqualTo(1);
		assertThat(first.stars()).isEqualByComparingTo(new BigDecimal("4.0"));
		assertThat(first.ratedAt()).isEqualTo(Instant.ofEpochSecond(964982703));
		assertThat(this.errors).containsExactly("ratings.csv:7: rating must be 0.5 to 5.0 in steps of 0.5, not '3.3'",
				"ratings.csv:8: rating must be 0.5 to 5.0 in steps of 0.5, not '6'",
				"ratings.csv:9: userId must be a positive whole number, not 'x'",
				"ratings.csv:10: expected 4 fields (user, movie, rating, timestamp), found 3");
		assertThat(new CsvDataset(fixture("ml-latest")).ratingLines()).isEqualTo(11);
	}

	@Test
	void readsMl1mInLatin1() throws IOException {
		read(new Ml1mDataset(fixture("ml-1m")));
		assertThat(this.movies).extracting(Movie::title)
			.containsExactly("Toy Story", "Jumanji", "La Cité des enfants perdus");
		assertThat(this.movies.get(0).genres()).containsExactly("Animation", "Children", "Comedy");
		assertThat(this.movies.get(0).imdb()).isNull();
		assertThat(this.ratings).hasSize(4);
		assertThat(this.ratings.get(0).stars()).isEqualByComparingTo("5");
		assertThat(this.errors).containsExactly("movies.dat:3: expected 3 fields (MovieID::Title::Genres), found 2",
				"ratings.dat:5: rating must be 0.5 to 5.0 in steps of 0.5, not '7'",
				"ratings.dat:6: expected 4 fields (user, movie, rating, timestamp), found 1");
	}

	@Test
	void readsMl100kWithGenreFlagsAndReleaseDates() throws IOException {
		read(new Ml100kDataset(fixture("ml-100k")));
		assertThat(this.movies).extracting(Movie::movieLensId).containsExactly(1L, 2L, 300L, 6L);
		assertThat(this.movies.get(0).genres()).containsExactly("Animation", "Children", "Comedy");
		assertThat(this.movies.get(1).genres()).containsExactly("Action", "Adventure", "Thriller");
		assertThat(this.movies.get(2).title()).isEqualTo("Air Force One");
		assertThat(this.movies.get(2).releaseYear()).as("from the release date").isEqualTo(1997);
		assertThat(this.movies.get(3).originalTitle()).isEqualTo("Yao a yao yao dao waipo qiao");
		assertThat(this.ratings).extracting(Rating::userId).containsExactly(196L, 186L, 22L, 244L, 166L);
		assertThat(this.errors).containsExactly(
				"u.item:3: movie 267 'unknown' has no release year; skipped (the catalog requires one)",
				"u.item:5: expected 24 '|'-separated fields, found 3",
				"u.data:5: expected 4 fields (user, movie, rating, timestamp), found 1");
	}

	@Test
	void imdbIdsGetTheirPrefixAndSevenDigits() {
		assertThat(CsvDataset.imdb("114709")).isEqualTo("tt0114709");
		assertThat(CsvDataset.imdb("0114709")).isEqualTo("tt0114709");
		assertThat(CsvDataset.imdb("4912910")).isEqualTo("tt4912910");
		assertThat(CsvDataset.imdb("12345678")).isEqualTo("tt12345678");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvDataset.imdb("x1"));
	}

	private void read(Dataset dataset) throws IOException {
		dataset.movies(this.movies::add, (error) -> this.errors.add(error.toString()));
		dataset.ratings(this.ratings::add, (error) -> this.errors.add(error.toString()));
	}

}
