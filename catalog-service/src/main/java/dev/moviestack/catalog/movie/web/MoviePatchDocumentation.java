package dev.moviestack.catalog.movie.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Documents the body of PATCH /api/movies/{id} in OpenAPI only; the controller reads the
 * patch as a JSON tree, so that it can tell an absent field from a {@code null} one.
 */
@Schema(name = "MoviePatch", description = """
		A JSON Merge Patch (RFC 7386) of MovieInput: every field is optional, null clears an optional field, \
		and externalIds merges field by field.""",
		example = "{\"overview\": \"Woody and Buzz Lightyear...\", \"externalIds\": {\"tmdb\": 862}}")
record MoviePatchDocumentation(@Schema(example = "Toy Story") @Nullable String title, @Schema(types = {
		"string", "null" }) @Nullable String originalTitle, @Schema(example = "1995") @Nullable Integer releaseYear,
		@Schema(example = "[\"Animation\"]") @Nullable List<String> genres,
		@Schema(types = { "string", "null" }) @Nullable String overview,
		@Schema(types = { "integer", "null" }) @Nullable Integer runtimeMinutes, @Nullable ExternalIdsJson externalIds){

}
