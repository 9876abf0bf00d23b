package dev.moviestack.rating.ratings.domain;

import java.util.regex.Pattern;

/**
 * Pseudo-users created by a MovieLens import: {@code movielens:<id>}. Only they may be
 * written in bulk by an admin; real users' ratings come from their own tokens.
 */
public final class ImportedUsers {

	public static final String PREFIX = "movielens:";

	/** Regular expression a pseudo-user id matches. */
	public static final String PATTERN = "^movielens:[1-9][0-9]{0,9}$";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private ImportedUsers() {
	}

	public static boolean isImported(String userId) {
		return COMPILED.matcher(userId).matches();
	}

}
