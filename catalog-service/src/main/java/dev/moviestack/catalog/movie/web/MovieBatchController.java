package dev.moviestack.catalog.movie.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import dev.moviestack.catalog.movie.MovieCatalog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import for the MovieLens importer: all or nothing, and idempotent on external ids.
 */
@RestController
@Tag(name = "movies")
class MovieBatchController {

	private final MovieCatalog catalog;

	MovieBatchController(MovieCatalog catalog) {
		this.catalog = catalog;
	}

	@PostMapping(path = "/api/movies/batch", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import up to 1,000 movies", description = """
			Either every item is stored, or nothing is: a 400 lists every invalid item by index \
			(items[3].title). An item whose external ids already belong to a movie is not stored again: it is \
			reported as EXISTING with that movie's id, and the stored movie is left unchanged, so that the same \
			batch can be sent again safely. Items without external ids are always created. An item whose ids \
			belong to two different movies fails the batch with 409.""")
	@SecurityRequirement(name = "bearer")
	@ApiResponse(responseCode = "200", description = "Every item, created or existing, in request order")
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "Unauthorized")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "413", ref = "PayloadTooLarge")
	MovieBatchResponse importBatch(@Valid @RequestBody MovieBatchRequest request) {
		return MovieBatchResponse
			.from(this.catalog.importAll(request.items().stream().map((item) -> item.toDetails()).toList()));
	}

}
