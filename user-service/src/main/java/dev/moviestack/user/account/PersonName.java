package dev.moviestack.user.account;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * First and last name for Keycloak, which requires both (a password login of an account
 * without them fails with "Account is not fully set up") and rejects characters such as
 * {@code <>&"$%!#?§;*~/\|^=[]{}()} in them.
 */
record PersonName(String firstName, String lastName) {

	private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{M}\\p{N} .,'-]");

	private static final int MAX_LENGTH = 60;

	/**
	 * Takes the given names, or derives them from the display name: the first word is the
	 * first name, the rest the last name; a display name of one word is both. What is
	 * left empty after removing the characters Keycloak rejects becomes the username.
	 */
	static PersonName of(@Nullable String firstName, @Nullable String lastName, String displayName, String username) {
		String display = clean(displayName);
		int space = display.indexOf(' ');
		String derivedFirst = (space > 0) ? display.substring(0, space) : display;
		String derivedLast = (space > 0) ? display.substring(space + 1).strip() : display;
		String first = orElse(clean(firstName), orElse(derivedFirst, username));
		String last = orElse(clean(lastName), orElse(derivedLast, first));
		return new PersonName(clip(first), clip(last));
	}

	private static String clean(@Nullable String name) {
		if (name == null) {
			return "";
		}
		return NOT_ALLOWED.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	private static String orElse(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

	private static String clip(String value) {
		return (value.length() <= MAX_LENGTH) ? value : value.substring(0, MAX_LENGTH).strip();
	}

}
