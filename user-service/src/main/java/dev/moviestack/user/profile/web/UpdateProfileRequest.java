package dev.moviestack.user.profile.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.user.profile.ProfileChanges;
import dev.moviestack.user.profile.Profiles;

/**
 * A partial update (JSON merge patch): a field left out, or {@code null}, stays as it is.
 */
@Schema(name = "ProfileUpdate", example = """
		{"displayName": "Neo", "favouriteGenres": ["Sci-Fi", "Action"]}""")
record UpdateProfileRequest(
		@Schema(example = "Neo") @Size(min = 1, max = Profiles.MAX_DISPLAY_NAME) @Pattern(regexp = "(?s).*\\S.*",
				message = "must not be blank") @Nullable String displayName,
		@ArraySchema(schema = @Schema(example = "Sci-Fi"), maxItems = 19,
				arraySchema = @Schema(
						description = "Genre labels (case-insensitive); replaces the list, [] clears it")) @Size(
								max = 19) @Nullable List<@NotBlank @GenreLabel String> favouriteGenres) {

	ProfileChanges toChanges() {
		Set<Genre> genres = null;
		if (this.favouriteGenres != null) {
			genres = new LinkedHashSet<>();
			for (String label : this.favouriteGenres) {
				Genre.fromLabel(label).ifPresent(genres::add);
			}
		}
		return new ProfileChanges((this.displayName != null) ? this.displayName.strip() : null, genres);
	}

}
