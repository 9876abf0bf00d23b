package dev.moviestack.catalog.genre.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.moviestack.contract.catalog.Genre;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The genre labels a movie may carry; they change only with a release. */
@RestController
@Tag(name = "genres", description = "The genres a movie may have")
class GenreController {

	private static final List<String> LABELS = Arrays.stream(Genre.values()).map(Genre::label).toList();

	@GetMapping(path = "/api/genres", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List the genres", description = "Every genre label, in a fixed order.")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "The genre labels",
			content = @Content(array = @ArraySchema(schema = @Schema(type = "string", example = "Sci-Fi"),
					arraySchema = @Schema(example = "[\"Action\", \"Adventure\", \"Animation\"]"))))
	@ApiResponse(responseCode = "401", ref = "InvalidToken")
	ResponseEntity<List<String>> list() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(LABELS);
	}

}
