package dev.moviestack.gateway.fallback;

import dev.moviestack.gateway.problem.Problem;
import dev.moviestack.gateway.problem.ProblemException;
import dev.moviestack.gateway.problem.ProblemWriter;
import dev.moviestack.platform.service.web.ProblemTypes;
import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

/**
 * The circuit breakers' fallbacks, reached only by an internal forward (the security
 * rules deny {@code /fallback/**} from outside). Recommendations degrade to the most
 * rated movies, marked with {@code X-MovieStack-Fallback: popular}; every other route
 * answers 503 with {@code Retry-After}.
 */
@Hidden
@RestController
@EnableConfigurationProperties(FallbackProperties.class)
class FallbackController {

	static final String FALLBACK_HEADER = "X-MovieStack-Fallback";

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	private static final int MAX_POPULAR_LIMIT = 100;

	private final WebClient ratingService;

	private final FallbackProperties properties;

	FallbackController(WebClient.Builder webClients, FallbackProperties properties) {
		this.ratingService = webClients.baseUrl(properties.ratingServiceUrl().toString()).build();
		this.properties = properties;
	}

	@RequestMapping("/fallback/popular")
	Mono<ResponseEntity<byte[]>> popular(ServerWebExchange exchange) {
		logCause(exchange, "recommender");
		if (exchange.getRequest().getMethod() != HttpMethod.GET) {
			return Mono.error(unavailable("recommender"));
		}
		int limit = limit(exchange.getRequest().getQueryParams().getFirst("limit"));
		String requestId = exchange.getAttributeOrDefault(ProblemWriter.REQUEST_ID_ATTRIBUTE, "");
		return this.ratingService.get()
			.uri((uri) -> uri.path("/api/ratings/popular").queryParam("limit", limit).build())
			.header("X-Request-Id", requestId)
			.exchangeToMono((response) -> response.statusCode().is2xxSuccessful()
					? response.bodyToMono(byte[].class)
						.map((body) -> ResponseEntity.ok()
							.contentType(response.headers().contentType().orElse(MediaType.APPLICATION_JSON))
							.cacheControl(CacheControl.noStore())
							.header(FALLBACK_HEADER, "popular")
							.body(body))
					: response.releaseBody()
						.then(Mono.error(new IllegalStateException("popular list answered " + response.statusCode()))))
			.timeout(this.properties.popularTimeout())
			.onErrorMap((failure) -> {
				log.warn("The popular list is unavailable too: {}", failure.toString());
				return unavailable("recommender");
			});
	}

	@RequestMapping("/fallback/unavailable/{service}")
	Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		logCause(exchange, service);
		return Mono.error(unavailable(service));
	}

	private ProblemException unavailable(String service) {
		return new ProblemException(Problem
			.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
					"The " + service + " service is unavailable; try again later")
			.withRetryAfter(this.properties.retryAfter()));
	}

	private int limit(@Nullable String requested) {
		if (requested != null) {
			try {
				return Math.clamp(Integer.parseInt(requested), 1, MAX_POPULAR_LIMIT);
			}
			catch (NumberFormatException ex) {
				// an unreadable limit falls back to the default, as the recommender would
			}
		}
		return this.properties.popularLimit();
	}

	private static void logCause(ServerWebExchange exchange, String service) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		log.warn("{} {}: the {} service failed ({}), answering with the fallback", exchange.getRequest().getMethod(),
				exchange.getAttributeOrDefault(ProblemWriter.REQUEST_PATH_ATTRIBUTE, ""), service,
				(cause != null) ? cause.toString() : "unknown cause");
	}

}
