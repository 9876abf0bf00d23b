package dev.moviestack.gateway.auth;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.moviestack.gateway.support.GatewayTest;
import dev.moviestack.gateway.support.TestTokens;
import dev.moviestack.gateway.support.WireMockStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.moviestack.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login, refresh and logout against WireMock imitating Keycloak's token and logout
 * endpoints ({@code RealKeycloakTests} runs the same against the real one).
 */
@GatewayTest
class LoginTests {

	private static final String TOKEN_PATH = "/realms/moviestack/protocol/openid-connect/token";

	private static final String LOGOUT_PATH = "/realms/moviestack/protocol/openid-connect/logout";

	private static final String TOKENS = """
			{"access_token":"access-1","expires_in":300,"refresh_expires_in":1800,"refresh_token":"refresh-1",
			 "token_type":"Bearer","id_token":"id-1","not-before-policy":0,"session_state":"s-1","scope":"openid email profile"}
			""";

	private static final String INVALID_GRANT = """
			{"error":"invalid_grant","error_description":"Invalid user credentials"}
			""";

	@Autowired
	WebTestClient client;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	private WebTestClient.ResponseSpec post(String path, String json) {
		return this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private static void keycloakAnswers(int status, String body) {
		WireMockStack.KEYCLOAK.stubFor(WireMock.post(urlPathEqualTo(TOKEN_PATH))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

	@Test
	void aUserLogsInWithThePasswordGrantOfThePublicClient() {
		keycloakAnswers(200, TOKENS);

		post("/api/auth/login", "{\"username\":\"alice\",\"password\":\"s3cret pass\"}").expectStatus()
			.isOk()
			.expectHeader()
			.value("Cache-Control", (cache) -> assertThat(cache).contains("no-store"))
			.expectBody()
			.json("""
					{"accessToken":"access-1","refreshToken":"refresh-1","expiresIn":300,"refreshExpiresIn":1800,
					 "tokenType":"Bearer"}""", true);
		WireMockStack.KEYCLOAK
			.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withFormParam("grant_type", equalTo("password"))
				.withFormParam("client_id", equalTo("moviestack-web"))
				.withFormParam("username", equalTo("alice"))
				.withFormParam("password", equalTo("s3cret pass")));
	}

	@ParameterizedTest(name = "Keycloak answers {0} invalid_grant")
	@ValueSource(ints = { 400, 401 })
	void wrongCredentialsAreA401Problem(int keycloakStatus) {
		keycloakAnswers(keycloakStatus, INVALID_GRANT);

		assertProblem(post("/api/auth/login", "{\"username\":\"alice\",\"password\":\"wrong\"}"), 401, "unauthorized")
			.jsonPath("$.detail")
			.isEqualTo("The username or password is wrong");
	}

	@Test
	void invalidInputIsA400ProblemThatNamesTheFieldsButNeverEchoesThem() {
		String longPassword = "p".repeat(1025);
		assertProblem(post("/api/auth/login", "{\"username\":\"\",\"password\":\"" + longPassword + "\"}"), 400,
				"validation")
			.jsonPath("$.errors[?(@.field == 'username')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'password')]")
			.exists()
			.jsonPath("$.errors[0].rejectedValue")
			.doesNotExist()
			.consumeWith(
					(result) -> assertThat(new String(result.getResponseBodyContent())).doesNotContain(longPassword));
		WireMockStack.KEYCLOAK.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void aMissingFieldIsA400Problem() {
		assertProblem(post("/api/auth/login", "{\"username\":\"alice\"}"), 400, "validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@ParameterizedTest(name = "body: {0}")
	@ValueSource(strings = { "{\"username\":\"alice\",", "[1,2]",
			"{\"username\":\"alice\",\"password\":\"x\",\"admin\":true}" })
	void anUnreadableBodyIsA400Problem(String body) {
		assertProblem(post("/api/auth/login", body), 400, "malformed-request");
		WireMockStack.KEYCLOAK.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void aFormInsteadOfJsonIsA415Problem() {
		assertProblem(this.client.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("username=alice&password=x")
			.exchange(), 415, "unsupported-media-type");
	}

	@Test
	void keycloakDownIsA503ProblemWithRetryAfter() {
		WireMockStack.KEYCLOAK.stubFor(WireMock.post(urlPathEqualTo(TOKEN_PATH))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		WebTestClient.ResponseSpec response = post("/api/auth/login", "{\"username\":\"alice\",\"password\":\"x\"}");
		response.expectHeader().exists("Retry-After");
		assertProblem(response, 503, "service-unavailable");
	}

	@Test
	void keycloakTooSlowIsA503Problem() {
		WireMockStack.KEYCLOAK.stubFor(WireMock.post(urlPathEqualTo(TOKEN_PATH))
			.willReturn(aResponse().withFixedDelay(4000).withBody(TOKENS)));

		assertProblem(post("/api/auth/login", "{\"username\":\"alice\",\"password\":\"x\"}"), 503,
				"service-unavailable");
	}

	@Test
	void aMisconfiguredClientIsA503ProblemNotTheUsersFault() {
		keycloakAnswers(401, "{\"error\":\"unauthorized_client\",\"error_description\":\"Client not allowed\"}");

		assertProblem(post("/api/auth/login", "{\"username\":\"alice\",\"password\":\"x\"}"), 503,
				"service-unavailable");
	}

	@Test
	void aRefreshTokenBuysNewTokens() {
		keycloakAnswers(200, TOKENS);

		post("/api/auth/refresh", "{\"refreshToken\":\"refresh-0\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.accessToken")
			.isEqualTo("access-1");
		WireMockStack.KEYCLOAK
			.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withFormParam("grant_type", equalTo("refresh_token"))
				.withFormParam("client_id", equalTo("moviestack-web"))
				.withFormParam("refresh_token", equalTo("refresh-0")));
	}

	@Test
	void anExpiredRefreshTokenIsA401Problem() {
		keycloakAnswers(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token is not active\"}");

		assertProblem(post("/api/auth/refresh", "{\"refreshToken\":\"refresh-0\"}"), 401, "unauthorized");
	}

	@Test
	void logoutEndsTheSessionAtKeycloak() {
		WireMockStack.KEYCLOAK
			.stubFor(WireMock.post(urlPathEqualTo(LOGOUT_PATH)).willReturn(aResponse().withStatus(204)));

		post("/api/auth/logout", "{\"refreshToken\":\"refresh-1\"}").expectStatus().isNoContent();
		WireMockStack.KEYCLOAK
			.verify(postRequestedFor(urlPathEqualTo(LOGOUT_PATH)).withFormParam("client_id", equalTo("moviestack-web"))
				.withFormParam("refresh_token", equalTo("refresh-1")));
	}

	@Test
	void loggingOutTwiceIsFine() {
		WireMockStack.KEYCLOAK.stubFor(WireMock.post(urlPathEqualTo(LOGOUT_PATH))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}")));

		post("/api/auth/logout", "{\"refreshToken\":\"refresh-1\"}").expectStatus().isNoContent();
	}

	@Test
	void logoutWithoutATokenIsA400Problem() {
		assertProblem(post("/api/auth/logout", "{}"), 400, "validation");
		WireMockStack.KEYCLOAK.verify(0, anyRequestedFor(urlPathEqualTo(LOGOUT_PATH)));
	}

	@Test
	void theBrowserFlowIsDescribed() {
		String realm = TestTokens.issuer();
		this.client.get()
			.uri("/api/auth/config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.issuer")
			.isEqualTo(realm)
			.jsonPath("$.clientId")
			.isEqualTo("moviestack-web")
			.jsonPath("$.authorizationEndpoint")
			.isEqualTo(realm + "/protocol/openid-connect/auth")
			.jsonPath("$.tokenEndpoint")
			.isEqualTo(realm + "/protocol/openid-connect/token")
			.jsonPath("$.endSessionEndpoint")
			.isEqualTo(realm + "/protocol/openid-connect/logout")
			.jsonPath("$.codeChallengeMethod")
			.isEqualTo("S256");
	}

}
