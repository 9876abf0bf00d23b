package dev.moviestack.tools.movielens;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole import against WireMock standing in for Keycloak and the platform's batch
 * endpoints, on the small fixture of each layout.
 */
class ImportFlowTests {

	private static final String TOKEN_PATH = "/realms/moviestack/protocol/openid-connect/token";

	private final FakePlatform platform = new FakePlatform();

	private WireMockServer server;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void start() {
		this.server = new WireMockServer(options().dynamicPort().extensions(this.platform));
		this.server.start();
		// tokens that live one second: every call needs a fresh one
		this.server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
				"{\"access_token\":\"token\",\"expires_in\":1,\"refresh_token\":\"refresh\",\"refresh_expires_in\":1800}")));
		this.server.stubFor(
				post(urlPathEqualTo("/api/movies/batch")).willReturn(aResponse().withTransformers(FakePlatform.NAME)));
		this.server.stubFor(
				post(urlPathEqualTo("/api/ratings/batch")).willReturn(aResponse().withTransformers(FakePlatform.NAME)));
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void importsMoviesThenRatingsAndReportsEveryBadLine() {
		assertThat(run(fixture("ml-latest"))).isZero();

		assertThat(stdout()).contains("movies:  6 created, 0 existing, 4 skipped")
			.contains("ratings: 6 written (6 new, 0 replaced), 0 unchanged, 5 skipped")
			.contains("errors:  12");
		assertThat(stderr()).contains("error: movies.csv:6: movie 40697 'Babylon 5' has no release year")
			.contains("error: movies.csv:7: movieId must be a positive whole number, not 'abc'")
			.contains("error: movies.csv:10: TMDB id 902 also belongs to movie 29; left out")
			.contains("error: ratings.csv:6: movie 40697 was not imported; its ratings are skipped")
			.contains("error: ratings.csv:7: rating must be 0.5 to 5.0 in steps of 0.5, not '3.3'")
			.contains("ratings: 11/11 ratings (100%)");

		JsonNode americanPresident = this.platform.movieItems.get(2);
		assertThat(americanPresident.path("title").asString()).isEqualTo("The American President");
		assertThat(americanPresident.path("releaseYear").asInt()).isEqualTo(1995);
		assertThat(americanPresident.path("externalIds").path("imdb").asString()).isEqualTo("tt0112346");
		assertThat(americanPresident.path("externalIds").path("tmdb").asLong()).isEqualTo(9087);
		assertThat(americanPresident.path("genres")).extracting(JsonNode::asString)
			.containsExactly("Comedy", "Drama", "Romance");
		assertThat(this.platform.movieItems.get(4).path("externalIds").has("tmdb")).isFalse();
		JsonNode rating = this.platform.ratingItems.get(0);
		assertThat(rating.path("userId").asString()).isEqualTo("movielens:1");
		assertThat(rating.path("stars").decimalValue()).isEqualByComparingTo("4.0");
		assertThat(rating.path("ratedAt").asString()).isEqualTo("2000-07-30T18:45:03Z");

		this.server
			.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
				.withRequestBody(containing("username=admin"))
				.withRequestBody(containing("client_id=moviestack-web")));
		this.server.verify(
				postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token")));
		this.server.verify(postRequestedFor(urlPathEqualTo("/api/ratings/batch")).withHeader("Authorization",
				equalTo("Bearer token")));
	}

	@Test
	void aSecondRunAddsNothing() {
		assertThat(run(fixture("ml-latest"))).isZero();
		this.out.reset();
		assertThat(run(fixture("ml-latest"))).isZero();
		assertThat(stdout()).contains("movies:  0 created, 6 existing, 4 skipped")
			.contains("ratings: 0 written (0 new, 0 replaced), 6 unchanged, 5 skipped");
	}

	@Test
	void importsTheOlderLayouts() {
		assertThat(run(fixture("ml-1m"))).isZero();
		assertThat(stdout()).contains("movies:  3 created, 0 existing, 1 skipped")
			.contains("ratings: 3 written (3 new, 0 replaced), 0 unchanged, 3 skipped");
		assertThat(this.platform.movieItems).extracting((movie) -> movie.path("title").asString())
			.containsExactly("Toy Story", "Jumanji", "La Cité des enfants perdus");
		this.out.reset();
		assertThat(run(fixture("ml-100k"))).isZero();
		// MovieLens movies 1 and 2 are the same in both sets: the catalog has them
		// already
		assertThat(stdout()).contains("movies:  2 created, 2 existing, 2 skipped")
			.contains("ratings: 4 written (4 new, 0 replaced), 0 unchanged, 2 skipped");
	}

	@Test
	void waitsWhileRatingServiceHasNotSeenTheNewMoviesYet() {
		this.platform.lagBatches.set(3);
		assertThat(run(fixture("ml-latest"))).isZero();
		assertThat(stdout()).contains("ratings: 6 written (6 new, 0 replaced)");
		assertThat(stderr()).doesNotContain("does not know movie");
		this.server.verify(4, postRequestedFor(urlPathEqualTo("/api/ratings/batch")));
	}

	@Test
	void skipsRatingsOfMoviesRatingServiceNeverLearnsOf() {
		this.platform.lagBatches.set(1000);
		assertThat(run(fixture("ml-latest"), "--catalog-lag-timeout=PT0.3S")).isZero();
		assertThat(stdout()).contains("ratings: 0 written");
		assertThat(stderr()).contains("error: ratings.csv:2: rating-service does not know movie 1");
	}

	@Test
	void getsANewTokenWhenThePlatformRefusesTheOldOne() {
		this.platform.unauthorizedOnce.set(1);
		assertThat(run(fixture("ml-latest"))).isZero();
		assertThat(stdout()).contains("movies:  6 created");
	}

	@Test
	void anUnreachablePlatformIsFatal() {
		int exit = MovieLensImport.execute(new MovieLensImport().withRetryPause(Duration.ofMillis(1)),
				new String[] { "--url=http://127.0.0.1:9", "--keycloak-url=" + this.server.baseUrl(),
						"--progress=lines", fixture("ml-latest").toString() },
				new PrintStream(this.out), new PrintStream(this.err));
		assertThat(exit).isEqualTo(MovieLensImport.PLATFORM_FAILED);
		assertThat(stderr()).contains("fatal: The platform is not reachable at http://127.0.0.1:9/api/movies/batch");
	}

	@Test
	void aRefusedLoginIsFatal() {
		this.server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}")));
		assertThat(run(fixture("ml-latest"))).isEqualTo(MovieLensImport.AUTHENTICATION_FAILED);
		assertThat(stderr()).contains("fatal: Keycloak refused the login of 'admin'");
		this.server.verify(0, postRequestedFor(urlPathEqualTo("/api/movies/batch")));
	}

	@Test
	void aDirectoryWithoutMovieLensDataIsAUsageError() {
		assertThat(run(fixture("empty"))).isEqualTo(MovieLensImport.USAGE);
		assertThat(stderr()).contains("holds no MovieLens data set");
		assertThat(run(Path.of("/no/such/directory"))).isEqualTo(MovieLensImport.USAGE);
	}

	private int run(Path directory, String... extra) {
		String[] args = new String[4 + extra.length];
		args[0] = "--url=" + this.server.baseUrl();
		args[1] = "--keycloak-url=" + this.server.baseUrl();
		args[2] = "--progress=lines";
		System.arraycopy(extra, 0, args, 3, extra.length);
		args[3 + extra.length] = directory.toString();
		return MovieLensImport.execute(new MovieLensImport().withRetryPause(Duration.ofMillis(1)), args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static Path fixture(String name) {
		try {
			return Path.of(ImportFlowTests.class.getResource("/fixtures/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
