package dev.moviestack.user.identity;

import org.jspecify.annotations.Nullable;

/**
 * Filters for listing accounts; each is a case-insensitive substring, and {@code null}
 * matches everything.
 */
public record AccountSearch(@Nullable String username, @Nullable String email) {

	public static AccountSearch all() {
		return new AccountSearch(null, null);
	}

}
