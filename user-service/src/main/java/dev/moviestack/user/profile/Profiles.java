package dev.moviestack.user.profile;

/** Limits of profile fields, shared by the web layer and the database schema. */
public final class Profiles {

	/** Longest display name (the column is as wide). */
	public static final int MAX_DISPLAY_NAME = 80;

	private Profiles() {
	}

	static String clip(String value, int max) {
		if (value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, max));
	}

}
