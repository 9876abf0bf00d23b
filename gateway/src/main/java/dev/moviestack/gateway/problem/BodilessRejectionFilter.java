package dev.moviestack.gateway.problem;

import dev.moviestack.platform.service.web.ProblemTypes;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Cloud Gateway's {@code RequestRateLimiter} and {@code RequestSize} filters
 * reject with a bare status and no body. This filter runs before them and turns such a
 * bodiless 429 into a problem with {@code Retry-After}, and a 413 into a problem.
 */
@Component
class BodilessRejectionFilter implements GlobalFilter, Ordered {

	/** Where the {@code RequestSize} filter puts its explanation. */
	private static final String REQUEST_SIZE_MESSAGE_HEADER = "errorMessage";

	private final ProblemWriter writer;

	BodilessRejectionFilter(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpResponse original = exchange.getResponse();
		ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(original) {

			@Override
			public Mono<Void> setComplete() {
				HttpStatusCode status = getStatusCode();
				if (status == null || isCommitted()) {
					return super.setComplete();
				}
				if (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
					return BodilessRejectionFilter.this.writer.write(exchange, original,
							Problem
								.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
										"Too many requests; slow down and retry later")
								.withRetryAfter(RateLimitRetryAfter.of(getHeaders())));
				}
				if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
					String message = getHeaders().getFirst(REQUEST_SIZE_MESSAGE_HEADER);
					getHeaders().remove(REQUEST_SIZE_MESSAGE_HEADER);
					return BodilessRejectionFilter.this.writer.write(exchange, original,
							Problem.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
									(message != null) ? message : "The request body is too large"));
				}
				return super.setComplete();
			}

		};
		return chain.filter(exchange.mutate().response(response).build());
	}

	@Override
	public int getOrder() {
		// before every route filter (they are ordered 1, 2, ...)
		return Ordered.HIGHEST_PRECEDENCE + 2000;
	}

}
