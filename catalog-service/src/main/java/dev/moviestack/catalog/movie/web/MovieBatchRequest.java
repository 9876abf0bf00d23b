package dev.moviestack.catalog.movie.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.moviestack.catalog.movie.MovieCatalog;

/** Up to 1,000 movies to import at once. */
@Schema(name = "MovieBatch", description = "Movies to import at once")
@UniqueExternalIds
record MovieBatchRequest(@ArraySchema(minItems = 1, maxItems = MovieCatalog.MAX_BATCH_SIZE) @NotNull @Size(min = 1,
		max = MovieCatalog.MAX_BATCH_SIZE) List<@NotNull @Valid @Nullable MovieRequest> items) {

}
