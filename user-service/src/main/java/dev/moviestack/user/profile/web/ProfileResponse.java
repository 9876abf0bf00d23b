package dev.moviestack.user.profile.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.user.profile.Profile;

/** The caller's own profile. */
@Schema(name = "Profile")
record ProfileResponse(@Schema(example = "5f0c7c1e-8d7a-4c1b-9a55-2f1f3c9b2a10") String id,
		@Schema(example = "neo") String username, @Schema(example = "neo@example.com") @Nullable String email,
		@Schema(example = "Thomas Anderson") String displayName,
		@ArraySchema(schema = @Schema(example = "Sci-Fi"),
				arraySchema = @Schema(
						description = "Genre labels, in the catalog's order")) List<String> favouriteGenres,
		@Schema(description = "When the user last called the API, to the minute",
				example = "2026-11-30T10:15:00Z") @Nullable Instant lastSeen,
		@Schema(example = "2026-11-01T08:00:00Z") Instant createdAt,
		@Schema(example = "2026-11-20T19:30:00Z") Instant updatedAt) {

	static ProfileResponse of(Profile profile) {
		return new ProfileResponse(profile.userId(), profile.username(), profile.email(), profile.displayName(),
				profile.favouriteGenres().stream().map(Genre::label).toList(), profile.lastSeen(), profile.createdAt(),
				profile.updatedAt());
	}

}
