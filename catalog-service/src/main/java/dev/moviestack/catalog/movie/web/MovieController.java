package dev.moviestack.catalog.movie.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.moviestack.catalog.movie.ExternalIdSource;
import dev.moviestack.catalog.movie.Movie;
import dev.moviestack.catalog.movie.MovieCatalog;
import dev.moviestack.catalog.movie.MovieSearch;
import dev.moviestack.contract.catalog.Genre;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.validation.BindException;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Movies one at a time: search, read, create, replace, patch and delete. Reads are
 * public; writes need the {@code admin} role (see {@code WebSecurityConfiguration}).
 * Changing or deleting a movie is conditional on its entity tag: PUT and PATCH require
 * {@code If-Match} (428 without it), DELETE honours it when sent.
 */
@RestController
@RequestMapping(path = "/api/movies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "movies", description = "The movie catalog")
class MovieController {

	static final String MERGE_PATCH_JSON = "application/merge-patch+json";

	/**
	 * Deep offsets are slow and would overflow the database offset; nobody pages this
	 * far.
	 */
	static final int MAX_PAGE = 100_000;

	private final MovieCatalog catalog;

	private final JsonMapper jsonMapper;

	private final Validator validator;

	MovieController(MovieCatalog catalog, JsonMapper jsonMapper, Validator validator) {
		this.catalog = catalog;
		this.jsonMapper = jsonMapper;
		this.validator = validator;
	}

	@GetMapping
	@Operation(summary = "Search movies", description = """
			Pages through the catalog, filtered by genre, release years and a part of the title \
			(case-insensitive); the filters combine with AND.""")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "A page of movies")
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "InvalidToken")
	MoviePage search(
			@Parameter(description = "Only movies of this genre (a label from GET /api/genres)",
					example = "Comedy") @RequestParam(required = false) @Nullable String genre,
			@Parameter(description = "Released in or after this year",
					example = "1990") @RequestParam(required = false) @Nullable Integer yearFrom,
			@Parameter(description = "Released in or before this year",
					example = "1999") @RequestParam(required = false) @Nullable Integer yearTo,
			@Parameter(description = "Part of the title, case-insensitive",
					example = "story") @RequestParam(required = false) @Size(max = 100) @Nullable String q,
			@Parameter(description = "Zero-based page number") @RequestParam(
					defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@Parameter(description = "Movies per page, at most 100") @RequestParam(
					defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = """
					Sort order: title, releaseYear, createdAt or updatedAt, each optionally followed by asc or desc \
					(sort=releaseYear,desc&sort=title) or prefixed with - (sort=-releaseYear,title). Default: title.""",
					array = @ArraySchema(
							schema = @Schema(type = "string", example = "releaseYear,desc"))) @RequestParam(
									required = false) @Nullable List<String> sort)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "search");
		Genre genreFilter = null;
		if (genre != null && !genre.isBlank()) {
			genreFilter = Genre.fromLabel(genre.strip()).orElse(null);
			if (genreFilter == null) {
				reject(errors, "genre", genre, "must be one of the genres at GET /api/genres");
			}
		}
		if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
			reject(errors, "yearTo", yearTo, "must not be before yearFrom");
		}
		Sort order = Sort.unsorted();
		try {
			order = MovieSort.parse((sort != null) ? sort : List.of());
		}
		catch (IllegalArgumentException ex) {
			reject(errors, "sort", ex.getMessage(),
					"must be one of " + String.join(", ", MovieSort.PROPERTIES.keySet().stream().sorted().toList())
							+ ", each optionally followed by asc or desc");
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		MovieSearch search = new MovieSearch(genreFilter, yearFrom, yearTo, q);
		return MoviePage.from(this.catalog.search(search, PageRequest.of(page, size, order)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a movie", description = """
			Answers with the movie and its entity tag; with If-None-Match naming that tag, answers 304 \
			without a body.""")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "The movie",
			headers = @Header(name = HttpHeaders.ETAG, description = "The movie's version as a strong entity tag",
					schema = @Schema(type = "string", example = "\"3\"")))
	@ApiResponse(responseCode = "304", description = "The movie is still at the version of If-None-Match")
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "InvalidToken")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<MovieResponse> get(@Parameter(description = "Movie id") @PathVariable UUID id) {
		return withTag(ResponseEntity.ok(), this.catalog.get(id));
	}

	@GetMapping("/by-external-id/{source}/{externalId}")
	@Operation(summary = "Find a movie by an external id",
			description = "Looks a movie up by its MovieLens, IMDb or TMDB id.")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "The movie",
			headers = @Header(name = HttpHeaders.ETAG, description = "The movie's version as a strong entity tag",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "InvalidToken")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<MovieResponse> getByExternalId(
			@Parameter(description = "The database the id comes from",
					schema = @Schema(allowableValues = { "movielens", "imdb", "tmdb" })) @PathVariable String source,
			@Parameter(description = "A positive number for movielens and tmdb; tt and 7 to 10 digits for imdb",
					example = "tt0114709") @PathVariable String externalId)
			throws BindException {
		ExternalIdSource parsed = ExternalIdSource.fromName(source).orElse(null);
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "externalId");
		if (parsed == null) {
			reject(errors, "source", source, "must be one of movielens, imdb, tmdb");
		}
		else if (!parsed.isValidId(externalId)) {
			reject(errors, "externalId", externalId, (parsed == ExternalIdSource.IMDB)
					? "must be an IMDb title id such as tt0114709" : "must be a positive number");
		}
		if (parsed == null || errors.hasErrors()) {
			throw new BindException(errors);
		}
		return withTag(ResponseEntity.ok(), this.catalog.getByExternalId(parsed, externalId));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a movie")
	@SecurityRequirement(name = "bearer")
	@ApiResponse(responseCode = "201", description = "The new movie",
			headers = {
					@Header(name = HttpHeaders.LOCATION, description = "URL of the new movie",
							schema = @Schema(type = "string")),
					@Header(name = HttpHeaders.ETAG, description = "The movie's version as a strong entity tag",
							schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "Unauthorized")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "413", ref = "PayloadTooLarge")
	ResponseEntity<MovieResponse> create(@Valid @RequestBody MovieRequest request) {
		Movie movie = this.catalog.create(request.toDetails());
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(movie.id())
			.toUri();
		return withTag(ResponseEntity.created(location), movie);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a movie",
			description = "Replaces every field; absent optional fields are cleared. Requires If-Match.")
	@SecurityRequirement(name = "bearer")
	@ApiResponse(responseCode = "200", description = "The movie as stored now",
			headers = @Header(name = HttpHeaders.ETAG, description = "The new entity tag",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "Unauthorized")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	@ApiResponse(responseCode = "413", ref = "PayloadTooLarge")
	@ApiResponse(responseCode = "428", ref = "PreconditionRequired")
	ResponseEntity<MovieResponse> replace(@Parameter(description = "Movie id") @PathVariable UUID id,
			@Parameter(in = ParameterIn.HEADER, description = "The ETag of the version being replaced", required = true,
					example = "\"3\"") @RequestHeader(name = HttpHeaders.IF_MATCH,
							required = false) @Nullable String ifMatch,
			@Valid @RequestBody MovieRequest request) {
		return write(id, ifMatch, request);
	}

	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Change some fields of a movie", description = """
			JSON Merge Patch (RFC 7386): the fields sent replace the stored ones, null clears an optional field, \
			and the result is validated like a PUT. Requires If-Match.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = MoviePatchDocumentation.class)),
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = MoviePatchDocumentation.class)) })
	@SecurityRequirement(name = "bearer")
	@ApiResponse(responseCode = "200", description = "The movie as stored now",
			headers = @Header(name = HttpHeaders.ETAG, description = "The new entity tag",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "Unauthorized")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	@ApiResponse(responseCode = "413", ref = "PayloadTooLarge")
	@ApiResponse(responseCode = "428", ref = "PreconditionRequired")
	ResponseEntity<MovieResponse> patch(@Parameter(description = "Movie id") @PathVariable UUID id,
			@Parameter(in = ParameterIn.HEADER, description = "The ETag of the version being changed", required = true,
					example = "\"3\"") @RequestHeader(name = HttpHeaders.IF_MATCH,
							required = false) @Nullable String ifMatch,
			@RequestBody JsonNode patch, HttpServletRequest httpRequest) throws BindException {
		if (!patch.isObject()) {
			throw new HttpMessageNotReadableException("A merge patch must be a JSON object",
					new ServletServerHttpRequest(httpRequest));
		}
		String condition = EntityTags.requirePresent(ifMatch);
		Movie current = this.catalog.get(id);
		long version = EntityTags.match(condition, current);
		MovieRequest merged = merge(current, patch, httpRequest);
		return withTag(ResponseEntity.ok(), this.catalog.update(id, version, merged.toDetails()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a movie",
			description = "With If-Match, deletes only if the movie is still at that version.")
	@SecurityRequirement(name = "bearer")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "400", ref = "BadRequest")
	@ApiResponse(responseCode = "401", ref = "Unauthorized")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = "Movie id") @PathVariable UUID id,
			@Parameter(in = ParameterIn.HEADER, description = "The ETag of the version being deleted (optional)",
					example = "\"3\"") @RequestHeader(name = HttpHeaders.IF_MATCH,
							required = false) @Nullable String ifMatch) {
		Long version = (ifMatch != null && !ifMatch.isBlank()) ? EntityTags.match(ifMatch, this.catalog.get(id)) : null;
		this.catalog.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<MovieResponse> write(UUID id, @Nullable String ifMatch, MovieRequest request) {
		String condition = EntityTags.requirePresent(ifMatch);
		Movie current = this.catalog.get(id);
		long version = EntityTags.match(condition, current);
		return withTag(ResponseEntity.ok(), this.catalog.update(id, version, request.toDetails()));
	}

	/** Applies the patch to the stored movie and validates the result like a PUT body. */
	private MovieRequest merge(Movie current, JsonNode patch, HttpServletRequest httpRequest) throws BindException {
		JsonNode merged = MergePatch.apply(this.jsonMapper.valueToTree(MovieRequest.from(current)), patch);
		MovieRequest request;
		try {
			request = this.jsonMapper.treeToValue(merged, MovieRequest.class);
		}
		catch (JacksonException ex) {
			// unknown fields and wrong types answer as they do for a PUT body
			throw new HttpMessageNotReadableException("Invalid merge patch", ex,
					new ServletServerHttpRequest(httpRequest));
		}
		DirectFieldBindingResult errors = new DirectFieldBindingResult(request, "movie");
		this.validator.validate(request, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return request;
	}

	private static ResponseEntity<MovieResponse> withTag(ResponseEntity.BodyBuilder response, Movie movie) {
		return response.eTag(EntityTags.of(movie)).body(MovieResponse.from(movie));
	}

	private static void reject(MapBindingResult errors, String field, @Nullable Object value, String message) {
		errors.addError(new org.springframework.validation.FieldError(errors.getObjectName(), field, value, false, null,
				null, message));
	}

}
