package dev.moviestack.catalog;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;

import dev.moviestack.platform.service.web.ProblemTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs}: bearer security, and the problem
 * responses every operation refers to by name ({@code ref = "BadRequest"}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Bean
	OpenAPI catalogOpenApi(@Value("${moviestack.openapi.server-url:/}") String serverUrl) {
		Components components = new Components().addSecuritySchemes("bearer",
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("An access token of the moviestack realm; writes need the admin realm role"));
		ModelConverters.getInstance(true).readAll(new AnnotatedType(Problem.class)).forEach(components::addSchemas);
		problem(components, "BadRequest", "The request is malformed or has invalid values", 400,
				ProblemTypes.VALIDATION.toString(), "Request has invalid fields",
				List.of(Map.of("field", "items[3].title", "message", "must not be blank", "rejectedValue", "")));
		problem(components, "InvalidToken", "An access token was sent, and it is invalid or expired", 401,
				ProblemTypes.UNAUTHORIZED.toString(), "The access token is invalid or expired", null);
		problem(components, "Unauthorized", "No valid access token", 401, ProblemTypes.UNAUTHORIZED.toString(),
				"Authentication is required", null);
		problem(components, "Forbidden", "The token lacks the admin role", 403, ProblemTypes.FORBIDDEN.toString(),
				"You are not allowed to do this", null);
		problem(components, "NotFound", "No such movie", 404, ProblemTypes.NOT_FOUND.toString(),
				"No movie with id 0b4a2a4e-6c43-4f57-9d43-8d1f6b3f3a10", null);
		problem(components, "Conflict", "An external id belongs to another movie", 409,
				ProblemTypes.CONFLICT.toString(), "External ids belong to another movie already",
				List.of(Map.of("field", "externalIds.imdb", "message",
						"already belongs to movie 0b4a2a4e-6c43-4f57-9d43-8d1f6b3f3a10", "rejectedValue",
						"tt0114709")));
		problem(components, "PreconditionFailed", "If-Match names a version that is no longer current", 412,
				ProblemTypes.PRECONDITION_FAILED.toString(),
				"Movie 0b4a2a4e-6c43-4f57-9d43-8d1f6b3f3a10 is at version 4, not at \"3\"; read it again and retry",
				null);
		problem(components, "PreconditionRequired", "If-Match is missing", 428,
				ProblemTypes.PRECONDITION_REQUIRED.toString(),
				"Send If-Match with the ETag of the movie you read, so that no one else's change is overwritten", null);
		problem(components, "PayloadTooLarge", "The body is larger than the service accepts", 413,
				ProblemTypes.PAYLOAD_TOO_LARGE.toString(), "Request body is larger than 5242880 bytes", null);
		return new OpenAPI().info(new Info().title("MovieStack catalog API").version("v1").description("""
				The movie catalog: movies, their genres and their ids in MovieLens, IMDb and TMDB. \
				Reads are public; writes need an access token with the admin realm role. Every error is \
				an RFC 9457 problem (application/problem+json). Changes are published as events on the \
				Kafka topic catalog.movie.v1, documented in AsyncAPI at /asyncapi.yaml."""))
			.servers(List.of(new Server().url(serverUrl)
				.description("The host that serves this document: the MovieStack gateway or the service")))
			.tags(List.of(new Tag().name("movies").description("The movie catalog"),
					new Tag().name("genres").description("The genres a movie may have")))
			.components(components);
	}

	private static void problem(Components components, String name, String description, int status, String type,
			String detail, @Nullable List<Map<String, Object>> errors) {
		Map<String, Object> example = new java.util.LinkedHashMap<>();
		example.put("type", type);
		example.put("title", org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
		example.put("status", status);
		example.put("detail", detail);
		example.put("instance", "/api/movies");
		if (errors != null) {
			example.put("errors", errors);
		}
		components.addResponses(name,
				new ApiResponse().description(description)
					.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
						.schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/Problem"))
						.addExamples(name, new Example().value(example)))));
	}

	/** RFC 9457 problem details as every MovieStack service writes them. */
	@Schema(name = "Problem", description = "RFC 9457 problem details")
	record Problem(
			@Schema(description = "Stable URI of the kind of problem; clients may switch on it",
					example = "https://moviestack.dev/problems/validation", format = "uri") String type,
			@Schema(description = "Short summary of the kind of problem", example = "Bad Request") String title,
			@Schema(description = "HTTP status", example = "400") int status,
			@Schema(description = "What went wrong this time", example = "Request has invalid fields") String detail,
			@Schema(description = "The request path", example = "/api/movies",
					format = "uri-reference") String instance,
			@Schema(description = "Every invalid input, for validation problems") @Nullable List<FieldError> errors) {

	}

	/** One invalid input. */
	@Schema(name = "FieldError", description = "One invalid input")
	record FieldError(
			@Schema(description = "JSON path of the field or name of the parameter",
					example = "items[3].title") String field,
			@Schema(description = "What is wrong with it", example = "must not be blank") String message,
			@Schema(description = "The rejected value, when it is a short scalar", types = {
					"string", "number", "boolean", "null" }) @Nullable Object rejectedValue){

	}

}
