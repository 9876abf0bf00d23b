package dev.moviestack.user.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An account as the identity provider knows it. */
public record Account(String id, String username, @Nullable String email, @Nullable String firstName,
		@Nullable String lastName, boolean enabled, boolean emailVerified, @Nullable Instant createdAt) {

}
