package dev.moviestack.gateway.auth;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.moviestack.gateway.problem.Problem;
import dev.moviestack.gateway.problem.ProblemException;
import dev.moviestack.platform.service.web.ProblemTypes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Keycloak's token and logout endpoints. A rejected grant becomes a 401 problem; Keycloak
 * unreachable, slow or failing becomes a 503 problem. Credentials and tokens are never
 * logged.
 */
@Component
class KeycloakClient {

	private static final Logger log = LoggerFactory.getLogger(KeycloakClient.class);

	private static final String INVALID_GRANT = "invalid_grant";

	private final WebClient keycloak;

	private final AuthProperties properties;

	private final Duration retryAfter;

	KeycloakClient(WebClient.Builder webClients, AuthProperties properties,
			@Value("${moviestack.gateway.fallback.retry-after:10s}") Duration retryAfter) {
		this.keycloak = webClients.baseUrl(properties.openIdConnectUrl()).build();
		this.properties = properties;
		this.retryAfter = retryAfter;
	}

	Mono<TokenResponse> passwordGrant(String username, String password) {
		MultiValueMap<String, String> form = form("password");
		form.add("username", username);
		form.add("password", password);
		// openid: Keycloak then also returns an id token; we only pass on access and
		// refresh tokens
		form.add("scope", "openid");
		return token(form, "The username or password is wrong");
	}

	Mono<TokenResponse> refresh(String refreshToken) {
		MultiValueMap<String, String> form = form("refresh_token");
		form.add("refresh_token", refreshToken);
		return token(form, "The refresh token is invalid or expired");
	}

	/**
	 * Ends the session the refresh token belongs to, which revokes it. A token that is
	 * already invalid counts as logged out.
	 */
	Mono<Void> logout(String refreshToken) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("client_id", this.properties.clientId());
		form.add("refresh_token", refreshToken);
		return this.keycloak.post()
			.uri("/logout")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromFormData(form))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.releaseBody();
				}
				return response.bodyToMono(KeycloakError.class)
					.defaultIfEmpty(new KeycloakError(null, null))
					.flatMap((error) -> INVALID_GRANT.equals(error.error()) ? Mono.<Void>empty()
							: Mono.error(unexpected(response, error)));
			})
			.timeout(this.properties.timeout())
			.onErrorMap(this::isUnavailable, this::unavailable);
	}

	private Mono<TokenResponse> token(MultiValueMap<String, String> form, String rejectedDetail) {
		return this.keycloak.post()
			.uri("/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromFormData(form))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(KeycloakTokens.class).map(KeycloakTokens::toResponse);
				}
				return response.bodyToMono(KeycloakError.class)
					.defaultIfEmpty(new KeycloakError(null, null))
					.flatMap((error) -> Mono.error(INVALID_GRANT.equals(error.error())
							? new ProblemException(
									Problem.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, rejectedDetail))
							: unexpected(response, error)));
			})
			.timeout(this.properties.timeout())
			.onErrorMap(this::isUnavailable, this::unavailable);
	}

	private MultiValueMap<String, String> form(String grantType) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", grantType);
		form.add("client_id", this.properties.clientId());
		return form;
	}

	private ProblemException unexpected(ClientResponse response, KeycloakError error) {
		// a misconfigured client or realm: the caller cannot fix it, an operator must
		log.error("Keycloak answered {} ({}: {})", response.statusCode(), error.error(), error.description());
		return unavailable(null);
	}

	private boolean isUnavailable(Throwable failure) {
		return !(failure instanceof ProblemException);
	}

	private ProblemException unavailable(@Nullable Throwable failure) {
		if (failure != null) {
			log.warn("Keycloak is unavailable: {}", (failure instanceof TimeoutException)
					? "no answer in " + this.properties.timeout() : failure.toString());
		}
		return new ProblemException(Problem
			.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
					"Login is unavailable right now; try again later")
			.withRetryAfter(this.retryAfter));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record KeycloakTokens(@JsonProperty("access_token") String accessToken,
			@JsonProperty("refresh_token") String refreshToken, @JsonProperty("expires_in") long expiresIn,
			@JsonProperty("refresh_expires_in") long refreshExpiresIn,
			@JsonProperty("token_type") @Nullable String tokenType) {

		TokenResponse toResponse() {
			return new TokenResponse(this.accessToken, this.refreshToken, this.expiresIn, this.refreshExpiresIn,
					(this.tokenType != null) ? this.tokenType : "Bearer");
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record KeycloakError(@JsonProperty("error") @Nullable String error,
			@JsonProperty("error_description") @Nullable String description) {

	}

}
