package dev.moviestack.user.profile;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;

/**
 * What MovieStack knows about a user beyond the login.
 *
 * @param userId the Keycloak {@code sub}
 * @param username copied from the account when the profile was made
 * @param email copied from the account when the profile was made, if it had one
 * @param displayName how other people see the user
 * @param favouriteGenres seeds recommendations before the user has rated anything, in the
 * catalog's order
 * @param enabled mirrors the account's state in Keycloak (which decides)
 * @param createdAt when the profile was made
 * @param updatedAt when the user last changed it
 * @param lastSeen when the user last called the API, to the minute
 */
public record Profile(String userId, String username, @Nullable String email, String displayName,
		List<Genre> favouriteGenres, boolean enabled, Instant createdAt, Instant updatedAt,
		@Nullable Instant lastSeen) {

}
