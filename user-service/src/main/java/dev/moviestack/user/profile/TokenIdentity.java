package dev.moviestack.user.profile;

import org.jspecify.annotations.Nullable;

/**
 * Who the caller is, as the access token says. Enough to make a profile for a user who
 * never signed up through MovieStack (for example one created in Keycloak directly).
 *
 * @param userId the {@code sub} claim
 * @param username the {@code preferred_username} claim
 * @param email the {@code email} claim
 * @param name the {@code name} claim (Keycloak: first and last name)
 */
public record TokenIdentity(String userId, @Nullable String username, @Nullable String email, @Nullable String name) {

	String usernameOrId() {
		return (this.username != null && !this.username.isBlank()) ? this.username : this.userId;
	}

	String displayName() {
		if (this.name != null && !this.name.isBlank()) {
			return Profiles.clip(this.name.strip(), Profiles.MAX_DISPLAY_NAME);
		}
		return Profiles.clip(usernameOrId(), Profiles.MAX_DISPLAY_NAME);
	}

}
