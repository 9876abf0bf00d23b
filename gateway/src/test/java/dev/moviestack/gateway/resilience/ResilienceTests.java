package dev.moviestack.gateway.resilience;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.moviestack.gateway.support.GatewayTest;
import dev.moviestack.gateway.support.TestTokens;
import dev.moviestack.gateway.support.WireMockStack;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.moviestack.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timeouts, retries, circuit breakers and their fallbacks. The recommender degrades to
 * the popular list; every other service to a 503 problem with {@code Retry-After}. (Test
 * settings: recommender deadline 700 ms, breaker window and minimum 4 calls, open for 30
 * s.)
 */
@GatewayTest
class ResilienceTests {

	private static final String POPULAR = "{\"items\":[{\"movieId\":\"11111111-1111-1111-1111-111111111111\","
			+ "\"title\":\"Top Gun\",\"releaseYear\":1986,\"count\":342,\"mean\":4.1}]}";

	@Autowired
	WebTestClient client;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@LocalServerPort
	int port;

	private final String token = TestTokens.user("alice");

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
		WireMockStack.RATING.stubFor(get(urlPathEqualTo("/api/ratings/popular"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(POPULAR)));
	}

	@AfterEach
	void closeBreakers() {
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	private WebTestClient.ResponseSpec recommendations(String path) {
		return this.client.get().uri(path).headers((headers) -> headers.setBearerAuth(this.token)).exchange();
	}

	@Test
	void aSlowRecommenderIsReplacedByThePopularList() {
		WireMockStack.RECOMMENDER.stubFor(get(urlPathEqualTo("/api/recommendations"))
			.willReturn(aResponse().withFixedDelay(3000).withBody("{\"items\":[]}")));

		recommendations("/api/recommendations?limit=5").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-MovieStack-Fallback", "popular")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.json(POPULAR);
		WireMockStack.RATING.verify(getRequestedFor(urlEqualTo("/api/ratings/popular?limit=5")));
	}

	@Test
	void aRecommenderThatDropsTheConnectionIsRetriedThenReplaced() {
		WireMockStack.RECOMMENDER.stubFor(get(urlPathEqualTo("/api/recommendations"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		recommendations("/api/recommendations").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-MovieStack-Fallback", "popular")
			.expectBody()
			.json(POPULAR);
		// a GET is safe to repeat: the first try and two retries
		WireMockStack.RECOMMENDER.verify(3, getRequestedFor(urlPathEqualTo("/api/recommendations")));
		WireMockStack.RATING.verify(getRequestedFor(urlEqualTo("/api/ratings/popular?limit=20")));
	}

	@Test
	void aFailingRecommenderIsReplacedToo() {
		WireMockStack.RECOMMENDER.stubFor(get(urlPathEqualTo("/api/recommendations"))
			.willReturn(aResponse().withStatus(500).withBody("{\"oops\":true}")));

		recommendations("/api/recommendations").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-MovieStack-Fallback", "popular")
			.expectBody()
			.json(POPULAR);
	}

	@Test
	void aHealthyRecommenderIsNotAFallback() {
		WireMockStack.RECOMMENDER.stubFor(get(urlPathEqualTo("/api/recommendations"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[\"mine\"]}")));

		recommendations("/api/recommendations").expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-MovieStack-Fallback")
			.expectBody()
			.json("{\"items\":[\"mine\"]}");
		WireMockStack.RATING.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void whenThePopularListIsDownTooTheAnswerIsA503Problem() {
		WireMockStack.RECOMMENDER.stubFor(get(urlPathEqualTo("/api/recommendations"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		WireMockStack.RATING.stubFor(get(urlPathEqualTo("/api/ratings/popular"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		WebTestClient.ResponseSpec response = recommendations("/api/recommendations");
		response.expectHeader().valueEquals("Retry-After", "30").expectHeader().doesNotExist("X-MovieStack-Fallback");
		assertProblem(response, 503, "service-unavailable").jsonPath("$.instance").isEqualTo("/api/recommendations");
	}

	@Test
	void aCatalogThatIsDownIsA503ProblemWithRetryAfter() {
		WireMockStack.CATALOG.stubFor(get(urlPathEqualTo("/api/movies/42"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		WebTestClient.ResponseSpec response = this.client.get().uri("/api/movies/42").exchange();
		response.expectHeader().valueEquals("Retry-After", "30");
		assertProblem(response, 503, "service-unavailable").jsonPath("$.instance")
			.isEqualTo("/api/movies/42")
			.jsonPath("$.detail")
			.isEqualTo("The catalog service is unavailable; try again later");
	}

	@Test
	void similarMoviesFallBackToA503NotToThePopularList() {
		WireMockStack.RECOMMENDER
			.stubFor(get(urlPathEqualTo("/api/movies/42/similar")).willReturn(aResponse().withFixedDelay(3000)));

		assertProblem(this.client.get().uri("/api/movies/42/similar").exchange(), 503, "service-unavailable");
		WireMockStack.RATING.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void theBreakerOpensAfterRepeatedFailuresAndThenSparesTheService() {
		WireMockStack.SEARCH.stubFor(get(urlPathEqualTo("/api/search/movies"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		for (int call = 0; call < 4; call++) {
			this.client.get().uri("/api/search/movies?q=x").exchange().expectStatus().isEqualTo(503);
		}
		assertThat(this.circuitBreakers.circuitBreaker("search").getState()).isEqualTo(CircuitBreaker.State.OPEN);

		WireMockStack.SEARCH.resetRequests();
		WebTestClient.ResponseSpec response = this.client.get().uri("/api/search/movies?q=x").exchange();
		response.expectHeader().valueEquals("Retry-After", "30");
		assertProblem(response, 503, "service-unavailable");
		WireMockStack.SEARCH.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void anIdempotentCallIsRetriedWhenTheServiceIsBriefly503() {
		WireMockStack.CATALOG.stubFor(get(urlEqualTo("/api/movies/7")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		WireMockStack.CATALOG.stubFor(get(urlEqualTo("/api/movies/7")).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\":7}")));

		this.client.get().uri("/api/movies/7").exchange().expectStatus().isOk().expectBody().json("{\"id\":7}");
		WireMockStack.CATALOG.verify(2, getRequestedFor(urlEqualTo("/api/movies/7")));
	}

	@Test
	void manyConcurrentCallsToOneServiceAllGoThrough() {
		WireMockStack.CATALOG.stubFor(get(urlPathEqualTo("/api/movies"))
			.willReturn(aResponse().withFixedDelay(200).withHeader("Content-Type", "application/json").withBody("{}")));
		WebClient gateway = WebClient.create("http://127.0.0.1:" + this.port);

		List<Integer> statuses = Flux.range(0, 40)
			.flatMap((call) -> gateway.get()
				.uri("/api/movies?page=" + call)
				.retrieve()
				.toBodilessEntity()
				.map((response) -> response.getStatusCode().value()), 40)
			.collectList()
			.block(Duration.ofSeconds(20));

		assertThat(statuses).hasSize(40).containsOnly(200);
		WireMockStack.CATALOG.verify(40, getRequestedFor(urlPathEqualTo("/api/movies")));
	}

	@Test
	void aWriteIsNeverRetried() {
		WireMockStack.CATALOG.stubFor(post(urlEqualTo("/api/movies")).willReturn(aResponse().withStatus(503)));

		this.client.post()
			.uri("/api/movies")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"Once\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		WireMockStack.CATALOG.verify(1, postRequestedFor(urlEqualTo("/api/movies")));
	}

	@Test
	void aRatingImportThatLosesItsConnectionIsA503ProblemAndIsNotRepeated() {
		WireMockStack.RATING.stubFor(post(urlEqualTo("/api/ratings/batch"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		WebTestClient.ResponseSpec response = this.client.post()
			.uri("/api/ratings/batch")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"items\":[]}")
			.exchange();
		response.expectHeader().valueEquals("Retry-After", "30");
		assertProblem(response, 503, "service-unavailable");
		WireMockStack.RATING.verify(1, postRequestedFor(urlEqualTo("/api/ratings/batch")));
	}

	@Test
	void aRatingImportWhileItsBreakerIsOpenIsA503Problem() {
		this.circuitBreakers.circuitBreaker("rating-import").transitionToOpenState();

		assertProblem(this.client.post()
			.uri("/api/ratings/batch")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"items\":[]}")
			.exchange(), 503, "service-unavailable");
		WireMockStack.RATING.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aServerErrorOtherThan502Or503IsNotRetriedAndPassesThrough() {
		WireMockStack.CATALOG.stubFor(get(urlEqualTo("/api/movies/8")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://moviestack.dev/problems/internal\",\"status\":500}")));

		this.client.get()
			.uri("/api/movies/8")
			.exchange()
			.expectStatus()
			.isEqualTo(500)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://moviestack.dev/problems/internal");
		WireMockStack.CATALOG.verify(1, getRequestedFor(urlEqualTo("/api/movies/8")));
	}

	@Test
	void aServicesOwnProblemPassesThroughUntouched() {
		WireMockStack.CATALOG.stubFor(get(urlEqualTo("/api/movies/9")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"type\":\"https://moviestack.dev/problems/not-found\",\"status\":404,\"detail\":\"No movie 9\"}")));

		this.client.get()
			.uri("/api/movies/9")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("No movie 9");
	}

}
