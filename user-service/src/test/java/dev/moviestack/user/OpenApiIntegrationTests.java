package dev.moviestack.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The published API description: public, complete and with examples. */
class OpenApiIntegrationTests extends UserServiceIntegrationTest {

	@Test
	void describesEveryEndpointWithExamples() throws IOException {
		ResponseEntity<String> response = call(HttpMethod.GET, "/v3/api-docs", null, null);
		// kept as a build artifact for linting and for API consumers
		Files.writeString(Path.of("target", "openapi.json"), String.valueOf(response.getBody()));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode api = read(response);
		JsonNode paths = api.get("paths");
		assertThat(paths.get("/api/users").has("post")).isTrue();
		assertThat(paths.get("/api/users").has("get")).isTrue();
		assertThat(paths.get("/api/users/me").has("get")).isTrue();
		assertThat(paths.get("/api/users/me").has("patch")).isTrue();
		assertThat(paths.get("/api/users/me").has("delete")).isTrue();
		assertThat(paths.get("/api/users/{id}").has("get")).isTrue();
		assertThat(paths.get("/api/users/{id}/disable").has("post")).isTrue();
		assertThat(paths.get("/api/users/{id}/enable").has("post")).isTrue();

		JsonNode schemas = api.get("components").get("schemas");
		JsonNode password = schemas.get("SignUp").get("properties").get("password");
		assertThat(password.get("type").asString()).isEqualTo("string");
		assertThat(password.get("format").asString()).isEqualTo("password");
		assertThat(schemas.get("SignUp").get("example").toString()).contains("neo@example.com");
		assertThat(schemas.get("Profile").get("properties").get("displayName").get("example").asString())
			.isEqualTo("Thomas Anderson");
		assertThat(schemas.get("ProfileUpdate").get("properties").get("favouriteGenres").get("items").get("enum"))
			.hasSize(19);
		assertThat(paths.get("/api/users")
			.get("post")
			.get("responses")
			.get("409")
			.get("content")
			.has("application/problem+json")).isTrue();
		assertThat(schemas.get("Problem").get("properties").has("errors")).isTrue();
		assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
	}

}
