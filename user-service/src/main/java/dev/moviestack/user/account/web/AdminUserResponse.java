package dev.moviestack.user.account.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.user.account.ManagedAccount;
import dev.moviestack.user.identity.Account;
import dev.moviestack.user.profile.Profile;

/** An account as administrators see it. */
@Schema(name = "ManagedUser")
record AdminUserResponse(@Schema(example = "5f0c7c1e-8d7a-4c1b-9a55-2f1f3c9b2a10") String id,
		@Schema(example = "neo") String username, @Schema(example = "neo@example.com") @Nullable String email,
		@Schema(example = "Thomas") @Nullable String firstName, @Schema(example = "Anderson") @Nullable String lastName,
		@Schema(description = "Whether the account can log in (Keycloak)") boolean enabled, boolean emailVerified,
		@Schema(example = "2026-11-01T08:00:00Z") @Nullable Instant createdAt,
		@Schema(description = "null until the user has a profile") @Nullable ProfileSummary profile) {

	static AdminUserResponse of(ManagedAccount managed) {
		Account account = managed.account();
		Profile profile = managed.profile();
		return new AdminUserResponse(account.id(), account.username(), account.email(), account.firstName(),
				account.lastName(), account.enabled(), account.emailVerified(), account.createdAt(),
				(profile != null) ? ProfileSummary.of(profile) : null);
	}

	@Schema(name = "ManagedUserProfile")
	record ProfileSummary(@Schema(example = "Thomas Anderson") String displayName,
			@Schema(example = "[\"Sci-Fi\"]") List<String> favouriteGenres,
			@Schema(example = "2026-11-30T10:15:00Z") @Nullable Instant lastSeen) {

		static ProfileSummary of(Profile profile) {
			return new ProfileSummary(profile.displayName(),
					profile.favouriteGenres().stream().map(Genre::label).toList(), profile.lastSeen());
		}

	}

}
