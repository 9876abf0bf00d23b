package dev.moviestack.tools.movielens.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Toy Story (1995)                                   | Toy Story                         | 1995
			Father of the Bride Part II (1995)                 | Father of the Bride Part II       | 1995
			American President, The (1995)                     | The American President            | 1995
			Wonderful Life  (1946)                             | Wonderful Life                    | 1946
			'Wonderful Life, It''s (1946)   '                  | 'Wonderful Life, It''s'           | 1946
			Death Note: Desu nôto (2006–2007)                  | Death Note: Desu nôto             | 2006
			Avventura, L' (1960)                               | L'Avventura                       | 1960
			Lord of the Rings, The: The Two Towers (2002)      | The Lord of the Rings: The Two Towers | 2002
			(500) Days of Summer (2009)                        | (500) Days of Summer              | 2009
			""")
	void findsTitleAndYear(String raw, String title, int year) {
		Titles.Title parsed = Titles.parse(raw);
		assertThat(parsed.title()).isEqualTo(title);
		assertThat(parsed.year()).isEqualTo(year);
	}

	@Test
	void theLastParenthesesBeforeTheYearAreTheOriginalTitle() {
		Titles.Title parsed = Titles.parse("City of Lost Children, The (Cité des enfants perdus, La) (1995)");
		assertThat(parsed.title()).isEqualTo("The City of Lost Children");
		assertThat(parsed.originalTitle()).isEqualTo("La Cité des enfants perdus");
	}

	@Test
	void anAlsoKnownAsIsNoOriginalTitle() {
		Titles.Title parsed = Titles.parse("Léon: The Professional (a.k.a. The Professional) (Léon) (1994)");
		assertThat(parsed.title()).isEqualTo("Léon: The Professional");
		assertThat(parsed.originalTitle()).isEqualTo("Léon");
		assertThat(Titles.parse("Seven (a.k.a. Se7en) (1995)").originalTitle()).isNull();
	}

	@Test
	void someTitlesHaveNoYear() {
		Titles.Title parsed = Titles.parse("Babylon 5");
		assertThat(parsed.title()).isEqualTo("Babylon 5");
		assertThat(parsed.year()).isNull();
		assertThat(Titles.parse("Hyena Road ").year()).isNull();
	}

	@Test
	void readsTheYearOfAReleaseDate() {
		assertThat(Titles.yearOfReleaseDate("01-Jan-1995")).contains(1995);
		assertThat(Titles.yearOfReleaseDate("")).isEmpty();
		assertThat(Titles.yearOfReleaseDate("1995")).isEmpty();
	}

}
