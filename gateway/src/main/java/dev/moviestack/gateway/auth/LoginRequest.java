package dev.moviestack.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A user name (or email) and password to exchange for tokens. */
record LoginRequest(@NotBlank @Size(max = 255) @Nullable String username,
		@NotBlank @Size(max = 1024) @Nullable String password) {

	@Override
	public String toString() {
		return "LoginRequest[username=" + this.username + ", password=***]";
	}

}
