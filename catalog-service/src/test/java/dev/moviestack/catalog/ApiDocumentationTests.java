package dev.moviestack.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches the OpenAPI and AsyncAPI documents from the running service and writes them to
 * {@code target/api-docs/} for the linters (see bench/../README and the report):
 * {@code npx @redocly/cli lint target/api-docs/openapi.json} and
 * {@code npx @asyncapi/cli validate target/api-docs/asyncapi.yaml}.
 */
class ApiDocumentationTests extends IntegrationTest {

	static final Path OUTPUT = Path.of("target", "api-docs");

	@Autowired
	private JsonMapper json;

	@Test
	void servesOpenApi31WithBearerSecurityAndProblemResponses() throws IOException {
		String spec = this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Files.createDirectories(OUTPUT);
		Files.writeString(OUTPUT.resolve("openapi.json"), spec);

		JsonNode openApi = this.json.readTree(spec);
		assertThat(openApi.get("openapi").asString()).startsWith("3.1");
		assertThat(openApi.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(openApi.get("paths").propertyNames()).contains("/api/movies", "/api/movies/{id}",
				"/api/movies/batch", "/api/movies/by-external-id/{source}/{externalId}", "/api/genres");
		assertThat(openApi.at("/paths/~1api~1movies/post/security/0").has("bearer")).isTrue();
		assertThat(openApi.at("/paths/~1api~1movies/get/security").isEmpty()).isTrue();
		assertThat(
				openApi.at("/components/responses/BadRequest/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(openApi.at("/components/schemas/MovieInput/properties/title/example").asString())
			.isEqualTo("Toy Story");
	}

	@Test
	void servesTheAsyncApiDocumentOfTheTopic() throws IOException {
		String spec = this.http.get()
			.uri("/asyncapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Files.createDirectories(OUTPUT);
		Files.writeString(OUTPUT.resolve("asyncapi.yaml"), spec);

		assertThat(spec).contains("asyncapi: 3.0.0", "address: catalog.movie.v1", "MovieCreated", "MovieUpdated",
				"MovieDeleted", "ce_type");
	}

}
