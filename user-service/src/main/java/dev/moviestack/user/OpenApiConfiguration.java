package dev.moviestack.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import dev.moviestack.contract.catalog.Genre;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: bearer tokens, RFC 9457 problems for
 * every error response, and the catalog's genre labels as the allowed values of favourite
 * genres.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI userServiceOpenApi() {
		return new OpenAPI()
			.info(new Info().title("MovieStack user-service")
				.version("v1")
				.description("Sign-up, profiles, erasure and account administration. "
						+ "Errors are RFC 9457 application/problem+json."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("Keycloak access token of the realm moviestack (audience moviestack-api)")));
	}

	@Bean
	@SuppressWarnings({ "rawtypes", "unchecked" })
	OpenApiCustomizer problemsAndGenres() {
		List<String> labels = Arrays.stream(Genre.values()).map(Genre::label).toList();
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.forEach((operation) -> operation.getResponses().forEach(OpenApiConfiguration::asProblem)));
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			for (String name : List.of("Profile", "ProfileUpdate", "ManagedUserProfile")) {
				Schema schema = schemas.get(name);
				Schema genres = (schema != null) ? (Schema) schema.getProperties().get("favouriteGenres") : null;
				if (genres != null && genres.getItems() != null) {
					genres.getItems().setEnum(new ArrayList<Object>(labels));
				}
			}
		};
	}

	private static void asProblem(String status, ApiResponse response) {
		if (status.startsWith("4") || status.startsWith("5")) {
			response.setContent(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().example("email"));
		fieldError.addProperty("message", new StringSchema().example("must be a well-formed e-mail address"));
		fieldError.addProperty("rejectedValue", new Schema<>().example("neo@localhost")
			.description("The value sent, for short scalar values; never for passwords"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().example("https://moviestack.dev/problems/validation"));
		problem.addProperty("title", new StringSchema().example("Bad Request"));
		problem.addProperty("status", new IntegerSchema().example(400));
		problem.addProperty("detail", new StringSchema().example("Request has invalid fields"));
		problem.addProperty("instance", new StringSchema().example("/api/users"));
		problem.addProperty("errors", new ArraySchema().items(fieldError).description("Input errors, if any"));
		return problem;
	}

}
