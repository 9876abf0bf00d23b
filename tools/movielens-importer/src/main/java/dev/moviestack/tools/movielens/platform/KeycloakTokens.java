package dev.moviestack.tools.movielens.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An admin access token from Keycloak's password grant, refreshed before it expires (with
 * the refresh token, or a new login when that expired too).
 */
public final class KeycloakTokens {

	/**
	 * Renew a token this long before it expires, so that no request carries a dying one.
	 */
	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final HttpClient http;

	private final URI tokenEndpoint;

	private final String clientId;

	private final String username;

	private final String password;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private @Nullable String accessToken;

	private Instant accessExpiry = Instant.MIN;

	private @Nullable String refreshToken;

	private Instant refreshExpiry = Instant.MIN;

	public KeycloakTokens(HttpClient http, URI keycloakUrl, String realm, String clientId, String username,
			String password, Clock clock) {
		this.http = http;
		this.tokenEndpoint = URI.create(
				keycloakUrl.toString().replaceAll("/+$", "") + "/realms/" + realm + "/protocol/openid-connect/token");
		this.clientId = clientId;
		this.username = username;
		this.password = password;
		this.clock = clock;
	}

	/** A token valid for at least half a minute more. */
	public synchronized String accessToken() {
		Instant now = this.clock.instant();
		if (this.accessToken != null && now.plus(MARGIN).isBefore(this.accessExpiry)) {
			return this.accessToken;
		}
		if (this.refreshToken != null && now.plus(MARGIN).isBefore(this.refreshExpiry)) {
			try {
				return request(Map.of("grant_type", "refresh_token", "refresh_token", this.refreshToken));
			}
			catch (PlatformException.AuthenticationFailed ex) {
				// the session ended early (logout, restart): log in again below
			}
		}
		return request(Map.of("grant_type", "password", "username", this.username, "password", this.password));
	}

	/**
	 * Forgets the token after the platform refused it, so that the next call gets a new
	 * one.
	 */
	public synchronized void invalidate() {
		this.accessToken = null;
		this.accessExpiry = Instant.MIN;
	}

	private String request(Map<String, String> grant) {
		Map<String, String> form = new LinkedHashMap<>(grant);
		form.put("client_id", this.clientId);
		form.put("scope", "openid");
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(this.tokenEndpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new PlatformException("Keycloak is not reachable at " + this.tokenEndpoint + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PlatformException("Interrupted while logging in", ex);
		}
		if (response.statusCode() == 400 || response.statusCode() == 401) {
			throw new PlatformException.AuthenticationFailed("Keycloak refused the login of '" + this.username + "' at "
					+ this.tokenEndpoint + ": " + response.body());
		}
		if (response.statusCode() != 200) {
			throw new PlatformException("Keycloak answered " + response.statusCode() + " at " + this.tokenEndpoint
					+ ": " + response.body());
		}
		try {
			JsonNode token = this.json.readTree(response.body());
			Instant now = this.clock.instant();
			this.accessToken = token.required("access_token").asString();
			this.accessExpiry = now.plusSeconds(token.path("expires_in").asLong(60));
			this.refreshToken = token.path("refresh_token").isString() ? token.path("refresh_token").asString() : null;
			this.refreshExpiry = now.plusSeconds(token.path("refresh_expires_in").asLong(0));
			return this.accessToken;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new PlatformException("Keycloak's token response is not understood: " + response.body(), ex);
		}
	}

}
