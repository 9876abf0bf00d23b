package dev.moviestack.tools.movielens.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * MovieLens titles: "American President, The (1995)", "City of Lost Children, The (Cité
 * des enfants perdus, La) (1995)", "Death Note: Desu nôto (2006–2007)", sometimes with
 * trailing spaces and sometimes without a year.
 */
public final class Titles {

	/** A year, or a span of years of which the first counts, closing the title. */
	private static final Pattern YEAR = Pattern.compile("\\s*\\((\\d{4})(?:\\s*[-–]\\s*(?:\\d{4})?)?\\)$");

	/** Articles MovieLens moves to the end: "Graduate, The", "Avventura, L'". */
	private static final Pattern TRAILING_ARTICLE = Pattern
		.compile("^(.+), (The|A|An|Le|La|Les|L'|Il|Lo|Gli|El|Los|Las|Der|Die|Das|Det|Den|Un|Une)$");

	private Titles() {
	}

	/** A title taken apart. */
	public record Title(String title, @Nullable String originalTitle, @Nullable Integer year) {

	}

	/** The title, its alternative in parentheses (if any) and its year (if any). */
	public static Title parse(String raw) {
		String text = raw.strip();
		Integer year = null;
		Matcher matcher = YEAR.matcher(text);
		if (matcher.find()) {
			year = Integer.valueOf(matcher.group(1));
			text = text.substring(0, matcher.start()).strip();
		}
		List<String> alternatives = new ArrayList<>();
		String main = text;
		while (main.endsWith(")")) {
			int open = openingParenthesis(main);
			if (open <= 0 || main.charAt(open - 1) != ' ') {
				break;
			}
			alternatives.add(0, main.substring(open + 1, main.length() - 1).strip());
			main = main.substring(0, open).strip();
		}
		if (main.isEmpty()) {
			return new Title(withLeadingArticle(text), null, year);
		}
		String original = alternatives.stream()
			.filter((alternative) -> !alternative.isEmpty() && !alternative.startsWith("a.k.a."))
			.findFirst()
			.map(Titles::withLeadingArticle)
			.orElse(null);
		return new Title(withLeadingArticle(main), original, year);
	}

	/** "Graduate, The" becomes "The Graduate"; "Avventura, L'" becomes "L'Avventura". */
	public static String withLeadingArticle(String title) {
		// the article may close the first part of a "Title, The: Subtitle"
		int colon = title.indexOf(": ");
		String head = (colon > 0) ? title.substring(0, colon) : title;
		String rest = (colon > 0) ? title.substring(colon) : "";
		Matcher matcher = TRAILING_ARTICLE.matcher(head);
		if (!matcher.matches()) {
			Matcher whole = TRAILING_ARTICLE.matcher(title);
			return whole.matches() ? join(whole.group(2), whole.group(1)) : title;
		}
		return join(matcher.group(2), matcher.group(1)) + rest;
	}

	/** Year of a release date such as "01-Jan-1995" (ml-100k). */
	public static Optional<Integer> yearOfReleaseDate(String date) {
		Matcher matcher = Pattern.compile("^\\d{1,2}-[A-Za-z]{3}-(\\d{4})$").matcher(date.strip());
		return matcher.matches() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
	}

	private static String join(String article, String title) {
		return article.endsWith("'") ? article + title : article + " " + title;
	}

	private static int openingParenthesis(String text) {
		int depth = 0;
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == ')') {
				depth++;
			}
			else if (c == '(') {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return -1;
	}

}
