package dev.moviestack.user.account.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.moviestack.user.profile.Profile;

/** The new account; {@code id} is the {@code sub} of the user's tokens. */
@Schema(name = "SignedUp")
record SignUpResponse(@Schema(example = "5f0c7c1e-8d7a-4c1b-9a55-2f1f3c9b2a10") String id,
		@Schema(example = "neo") String username, @Schema(example = "neo@example.com") String email,
		@Schema(example = "Thomas Anderson") String displayName,
		@Schema(example = "2026-11-30T10:15:00Z") Instant createdAt) {

	static SignUpResponse of(Profile profile) {
		return new SignUpResponse(profile.userId(), profile.username(), String.valueOf(profile.email()),
				profile.displayName(), profile.createdAt());
	}

}
