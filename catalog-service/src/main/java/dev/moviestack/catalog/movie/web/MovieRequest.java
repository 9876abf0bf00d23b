package dev.moviestack.catalog.movie.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.moviestack.catalog.movie.Movie;
import dev.moviestack.catalog.movie.MovieDetails;
import dev.moviestack.contract.catalog.Genre;

/**
 * A movie as a client writes it (POST, PUT, each batch item, and the result of a PATCH).
 * Text is trimmed before it is validated; blank optional text counts as absent.
 */
@Schema(name = "MovieInput", description = "A movie as a client writes it")
record MovieRequest(
		@Schema(description = "Title, 1 to 300 characters after trimming", example = "Toy Story", minLength = 1,
				requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 300) @Nullable String title,
		@Schema(description = "Title in the original language",
				example = "Toy Story") @Size(max = 300) @Nullable String originalTitle,
		@Schema(description = "Year of release, from 1870 to five years after next year", example = "1995",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @ValidReleaseYear @Nullable Integer releaseYear,
		@ArraySchema(
				arraySchema = @Schema(description = "Genres from GET /api/genres",
						example = "[\"Animation\", \"Comedy\"]"),
				schema = @Schema(example = "Comedy"), maxItems = 20,
				uniqueItems = true) @Size(max = 20) List<@NotNull @KnownGenre String> genres,
		@Schema(types = {
				"string", "null" }, description = "Plot summary, at most 2000 characters",
				example = "A cowboy doll is profoundly threatened when a new spaceman figure supplants him.") @Size(
						max = 2000) @Nullable String overview,
		@Schema(types = { "integer", "null" }, description = "Running time in minutes", example = "81", minimum = "1",
				maximum = "10000") @Positive @Max(10000) @Nullable Integer runtimeMinutes,
		@Valid ExternalIdsJson externalIds){

	MovieRequest {
		title = trimmed(title);
		originalTitle = blankToNull(trimmed(originalTitle));
		overview = blankToNull(trimmed(overview));
		genres = (genres != null) ? Collections.unmodifiableList(new ArrayList<>(genres)) : List.of();
		externalIds = (externalIds != null) ? externalIds : ExternalIdsJson.NONE;
	}

	static MovieRequest from(Movie movie) {
		return new MovieRequest(movie.title(), movie.originalTitle(), movie.releaseYear(),
				movie.genres().stream().map(Genre::label).toList(), movie.overview(), movie.runtimeMinutes(),
				ExternalIdsJson.from(movie.externalIds()));
	}

	/** The domain's view; call it on a validated request only. */
	MovieDetails toDetails() {
		Set<Genre> known = EnumSet.noneOf(Genre.class);
		this.genres.forEach((label) -> known.add(Genre.fromLabel(label).orElseThrow()));
		return new MovieDetails(requireValid(this.title), this.originalTitle, requireValid(this.releaseYear), known,
				this.overview, this.runtimeMinutes, this.externalIds.toExternalIds());
	}

	private static <T> T requireValid(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("MovieRequest was not validated");
		}
		return value;
	}

	private static @Nullable String trimmed(@Nullable String text) {
		return (text != null) ? text.strip() : null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
