package dev.moviestack.catalog.movie.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.moviestack.catalog.movie.Movie;
import dev.moviestack.contract.catalog.Genre;

/** A movie as the API shows it. */
@Schema(name = "Movie", description = "A movie in the catalog")
record MovieResponse(@Schema(example = "0b4a2a4e-6c43-4f57-9d43-8d1f6b3f3a10") UUID id,
		@Schema(example = "Toy Story") String title, @Schema(types = {
				"string", "null" }, example = "Toy Story") @Nullable String originalTitle,
		@Schema(example = "1995") int releaseYear,
		@Schema(description = "Genre labels, in the order of GET /api/genres",
				example = "[\"Animation\", \"Comedy\"]") List<String> genres,
		@Schema(types = { "string", "null" },
				example = "A cowboy doll is profoundly threatened when a new spaceman figure supplants him.") @Nullable String overview,
		@Schema(types = { "integer", "null" }, example = "81") @Nullable Integer runtimeMinutes,
		ExternalIdsJson externalIds, @Schema(example = "2026-01-15T10:15:30.123456Z") Instant createdAt,
		@Schema(example = "2026-01-16T08:00:00.654321Z") Instant updatedAt,
		@Schema(description = "Optimistic-locking version; also the entity tag", example = "3") long version){

	static MovieResponse from(Movie movie) {
		return new MovieResponse(movie.id(), movie.title(), movie.originalTitle(), movie.releaseYear(),
				movie.genres().stream().map(Genre::label).toList(), movie.overview(), movie.runtimeMinutes(),
				ExternalIdsJson.from(movie.externalIds()), movie.createdAt(), movie.updatedAt(), movie.version());
	}

}
