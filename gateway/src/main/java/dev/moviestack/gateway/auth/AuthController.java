package dev.moviestack.gateway.auth;

import dev.moviestack.gateway.ratelimit.LoginRateLimiter;
import dev.moviestack.platform.service.security.SecurityProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Login for clients that cannot run the browser flow (scripts, mobile apps, the CLI): the
 * gateway exchanges the credentials at Keycloak (password grant of the public client) and
 * hands back the tokens. Browsers use the authorization code flow with PKCE against the
 * same realm; {@code GET /api/auth/config} tells them where.
 */
@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@EnableConfigurationProperties(AuthProperties.class)
@Tag(name = "Authentication", description = "Log in, refresh and log out through Keycloak")
@ApiResponse(responseCode = "400", description = "Invalid input",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
@ApiResponse(responseCode = "503", description = "Keycloak is unavailable",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
class AuthController {

	private final KeycloakClient keycloak;

	private final LoginRateLimiter loginRateLimiter;

	private final AuthConfigResponse config;

	AuthController(KeycloakClient keycloak, LoginRateLimiter loginRateLimiter, AuthProperties properties,
			SecurityProperties security) {
		this.keycloak = keycloak;
		this.loginRateLimiter = loginRateLimiter;
		String issuer = security.issuerUri().replaceAll("/+$", "");
		String endpoints = issuer + "/protocol/openid-connect";
		this.config = new AuthConfigResponse(issuer, properties.clientId(), endpoints + "/auth", endpoints + "/token",
				endpoints + "/logout", security.jwkSetUri(), "S256", "openid profile email");
	}

	@Operation(summary = "Exchange a user name and password for tokens")
	@ApiResponse(responseCode = "200", description = "Tokens")
	@ApiResponse(responseCode = "401", description = "Wrong user name or password",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "429", description = "Too many attempts from this address",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TokenResponse> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
		return this.loginRateLimiter.acquire(exchange)
			.then(Mono.defer(() -> this.keycloak.passwordGrant(String.valueOf(request.username()),
					String.valueOf(request.password()))));
	}

	@Operation(summary = "Exchange a refresh token for new tokens")
	@ApiResponse(responseCode = "200", description = "New tokens")
	@ApiResponse(responseCode = "401", description = "The refresh token is invalid or expired",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(path = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TokenResponse> refresh(@Valid @RequestBody RefreshTokenRequest request) {
		return this.keycloak.refresh(String.valueOf(request.refreshToken()));
	}

	@Operation(summary = "End the session of a refresh token, which revokes it",
			description = "Access tokens already issued stay valid until they expire (at most a few minutes).")
	@ApiResponse(responseCode = "204", description = "Logged out (also when the token was no longer valid)")
	@PostMapping(path = "/logout", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> logout(@Valid @RequestBody RefreshTokenRequest request) {
		return this.keycloak.logout(String.valueOf(request.refreshToken()));
	}

	@Operation(summary = "Where a browser logs in: authorization code flow with PKCE (S256)")
	@GetMapping("/config")
	Mono<AuthConfigResponse> config() {
		// a Mono, so that WebFlux does not hand this to the blocking (virtual thread)
		// executor
		return Mono.just(this.config);
	}

}
