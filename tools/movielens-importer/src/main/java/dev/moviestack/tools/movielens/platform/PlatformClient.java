package dev.moviestack.tools.movielens.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The two admin batch endpoints the import uses. Retries what may pass on a second try (a
 * dropped connection, a 5xx, an expired token) and gives up with a
 * {@link PlatformException} when the platform stays away; any other answer goes back to
 * the caller to judge.
 */
public final class PlatformClient {

	private static final int ATTEMPTS = 4;

	private final HttpClient http;

	private final URI catalogUrl;

	private final URI ratingsUrl;

	private final KeycloakTokens tokens;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Duration retryPause;

	public PlatformClient(HttpClient http, URI catalogUrl, URI ratingsUrl, KeycloakTokens tokens, Duration retryPause) {
		this.http = http;
		this.catalogUrl = catalogUrl;
		this.ratingsUrl = ratingsUrl;
		this.tokens = tokens;
		this.retryPause = retryPause;
	}

	/** A catalog batch item. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record MovieItem(String title, @Nullable String originalTitle, int releaseYear, List<String> genres,
			ExternalIds externalIds) {

	}

	/** Ids of the movie in MovieLens, IMDb and TMDB. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ExternalIds(long movieLens, @Nullable String imdb, @Nullable Long tmdb) {

	}

	/** A rating batch item. */
	public record RatingItem(String userId, UUID movieId, BigDecimal stars, Instant ratedAt) {

	}

	/**
	 * {@code POST /api/movies/batch}: creates the movies or finds them by external id.
	 */
	public ApiResponse importMovies(List<MovieItem> items) {
		return post(this.catalogUrl, "/api/movies/batch", new Batch<>(items));
	}

	/** {@code POST /api/ratings/batch}: upserts ratings of movielens pseudo-users. */
	public ApiResponse importRatings(List<RatingItem> items) {
		return post(this.ratingsUrl, "/api/ratings/batch", new Batch<>(items));
	}

	/** Checks credentials before any data is read. */
	public void login() {
		this.tokens.accessToken();
	}

	private record Batch<T>(List<T> items) {

	}

	private ApiResponse post(URI base, String path, Object body) {
		URI uri = URI.create(base.toString().replaceAll("/+$", "") + path);
		byte[] content = this.json.writeValueAsBytes(body);
		boolean refreshedToken = false;
		for (int attempt = 1;; attempt++) {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(Duration.ofMinutes(2))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json, application/problem+json")
				.header("Authorization", "Bearer " + this.tokens.accessToken())
				.POST(HttpRequest.BodyPublishers.ofByteArray(content))
				.build();
			HttpResponse<String> response;
			try {
				response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				if (attempt < ATTEMPTS) {
					pause(attempt);
					continue;
				}
				throw new PlatformException("The platform is not reachable at " + uri + ": " + ex, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new PlatformException("Interrupted", ex);
			}
			int status = response.statusCode();
			if (status == 401 && !refreshedToken) {
				this.tokens.invalidate();
				refreshedToken = true;
				attempt--;
				continue;
			}
			if (status == 401 || status == 403) {
				throw new PlatformException.AuthenticationFailed(uri + " answered " + status
						+ ": the account needs the realm role 'admin' (" + bodyText(response) + ")");
			}
			if ((status >= 500 || status == 429) && attempt < ATTEMPTS) {
				pause(attempt);
				continue;
			}
			if (status >= 500) {
				throw new PlatformException(uri + " answered " + status + ": " + bodyText(response));
			}
			return new ApiResponse(status, parse(response.body()));
		}
	}

	private JsonNode parse(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return NullNode.getInstance();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new PlatformException("The platform answered something that is not JSON: " + body, ex);
		}
	}

	private static String bodyText(HttpResponse<String> response) {
		String body = response.body();
		return (body == null || body.isBlank()) ? "no body" : body.strip();
	}

	private void pause(int attempt) {
		try {
			Thread.sleep(this.retryPause.multipliedBy(attempt).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PlatformException("Interrupted", ex);
		}
	}

}
