package dev.moviestack.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A refresh token to exchange for new tokens, or to revoke. */
record RefreshTokenRequest(@NotBlank @Size(max = 8192) @Nullable String refreshToken) {

	@Override
	public String toString() {
		return "RefreshTokenRequest[refreshToken=***]";
	}

}
