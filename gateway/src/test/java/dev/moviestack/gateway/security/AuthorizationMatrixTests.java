package dev.moviestack.gateway.security;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.moviestack.gateway.support.GatewayTest;
import dev.moviestack.gateway.support.TestTokens;
import dev.moviestack.gateway.support.WireMockStack;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.moviestack.gateway.support.Problems.assertProblem;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every route, called by an anonymous client, a user, another user and an admin: the
 * gateway either forwards the call to the right service, with the caller's own
 * {@code Authorization} header, or answers 401/403 itself and forwards nothing.
 */
@GatewayTest
class AuthorizationMatrixTests {

	enum Access {

		PUBLIC, USER, ADMIN

	}

	enum Caller {

		ANONYMOUS(null), ALICE(TestTokens.user("alice-" + UUID.randomUUID())),
		BOB(TestTokens.user("bob-" + UUID.randomUUID())), ADMIN(TestTokens.admin("admin-" + UUID.randomUUID()));

		final @Nullable String token;

		Caller(@Nullable String token) {
			this.token = token;
		}

		boolean may(Access access) {
			return switch (access) {
				case PUBLIC -> true;
				case USER -> this != ANONYMOUS;
				case ADMIN -> this == ADMIN;
			};
		}

	}

	record Route(HttpMethod method, String path, WireMockServer service, Access access) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static final List<Route> ROUTES = List.of(
			// catalog: public reads, admin writes
			new Route(HttpMethod.GET, "/api/movies?size=1", WireMockStack.CATALOG, Access.PUBLIC),
			new Route(HttpMethod.GET, "/api/movies/42", WireMockStack.CATALOG, Access.PUBLIC),
			new Route(HttpMethod.GET, "/api/genres", WireMockStack.CATALOG, Access.PUBLIC),
			new Route(HttpMethod.POST, "/api/movies", WireMockStack.CATALOG, Access.ADMIN),
			new Route(HttpMethod.PUT, "/api/movies/42", WireMockStack.CATALOG, Access.ADMIN),
			new Route(HttpMethod.PATCH, "/api/movies/42", WireMockStack.CATALOG, Access.ADMIN),
			new Route(HttpMethod.DELETE, "/api/movies/42", WireMockStack.CATALOG, Access.ADMIN),
			new Route(HttpMethod.HEAD, "/api/movies/42", WireMockStack.CATALOG, Access.PUBLIC),
			new Route(HttpMethod.POST, "/api/movies/batch", WireMockStack.CATALOG, Access.ADMIN),
			// search
			new Route(HttpMethod.GET, "/api/search/movies?q=matrix", WireMockStack.SEARCH, Access.PUBLIC),
			new Route(HttpMethod.POST, "/api/search/reindex", WireMockStack.SEARCH, Access.ADMIN),
			// ratings: paths under /api/movies and /api/users that belong to the rating
			// service
			new Route(HttpMethod.GET, "/api/movies/42/ratings/summary", WireMockStack.RATING, Access.PUBLIC),
			new Route(HttpMethod.GET, "/api/ratings/popular?limit=5", WireMockStack.RATING, Access.PUBLIC),
			new Route(HttpMethod.PUT, "/api/movies/42/rating", WireMockStack.RATING, Access.USER),
			new Route(HttpMethod.GET, "/api/movies/42/rating", WireMockStack.RATING, Access.USER),
			new Route(HttpMethod.DELETE, "/api/movies/42/rating", WireMockStack.RATING, Access.USER),
			new Route(HttpMethod.GET, "/api/users/me/ratings?page=0", WireMockStack.RATING, Access.USER),
			new Route(HttpMethod.POST, "/api/ratings/batch", WireMockStack.RATING, Access.ADMIN),
			// users: sign-up is public, the rest is the caller's own account
			new Route(HttpMethod.POST, "/api/users", WireMockStack.USERS, Access.PUBLIC),
			new Route(HttpMethod.GET, "/api/users/me", WireMockStack.USERS, Access.USER),
			new Route(HttpMethod.PATCH, "/api/users/me", WireMockStack.USERS, Access.USER),
			new Route(HttpMethod.DELETE, "/api/users/me", WireMockStack.USERS, Access.USER),
			new Route(HttpMethod.GET, "/api/users?username=neo", WireMockStack.USERS, Access.ADMIN),
			new Route(HttpMethod.GET, "/api/users/3f1c", WireMockStack.USERS, Access.ADMIN),
			new Route(HttpMethod.POST, "/api/users/3f1c/disable", WireMockStack.USERS, Access.ADMIN),
			// recommender: similar movies are public, recommendations personal
			new Route(HttpMethod.GET, "/api/movies/42/similar", WireMockStack.RECOMMENDER, Access.PUBLIC),
			new Route(HttpMethod.GET, "/api/recommendations", WireMockStack.RECOMMENDER, Access.USER),
			new Route(HttpMethod.GET, "/api/recommendations/me?limit=10", WireMockStack.RECOMMENDER, Access.USER));

	@Autowired
	WebTestClient client;

	@BeforeEach
	void resetStubs() {
		WireMockStack.reset();
	}

	static Stream<Arguments> matrix() {
		return ROUTES.stream()
			.flatMap((route) -> Stream.of(Caller.values())
				.map((caller) -> argumentSet(route + " as " + caller.name().toLowerCase(), route, caller)));
	}

	@ParameterizedTest
	@MethodSource("matrix")
	void theGatewayForwardsOnlyWhatTheCallerMayDo(Route route, Caller caller) {
		WebTestClient.RequestBodySpec request = this.client.method(route.method()).uri(route.path());
		if (caller.token != null) {
			request.headers((headers) -> headers.setBearerAuth(caller.token));
		}
		if (route.method() == HttpMethod.POST || route.method() == HttpMethod.PUT
				|| route.method() == HttpMethod.PATCH) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
		}
		WebTestClient.ResponseSpec response = request.exchange();

		if (caller.may(route.access())) {
			response.expectStatus().isOk();
			if (route.method() != HttpMethod.HEAD) {
				response.expectBody().jsonPath("$.service").isEqualTo(WireMockStack.name(route.service()));
			}
			RequestPatternBuilder forwarded = RequestPatternBuilder
				.newRequestPattern(RequestMethod.fromString(route.method().name()), urlEqualTo(route.path()))
				.withHeader("Authorization", (caller.token != null) ? equalTo("Bearer " + caller.token) : absent());
			route.service().verify(1, forwarded);
		}
		else if (caller == Caller.ANONYMOUS) {
			assertProblem(response, 401, "unauthorized");
		}
		else {
			assertProblem(response, 403, "forbidden");
		}
		for (WireMockServer other : WireMockStack.services()) {
			if (other != route.service() || !caller.may(route.access())) {
				other.verify(0, anyRequestedFor(anyUrl()));
			}
		}
	}

}
