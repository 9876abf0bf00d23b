package dev.moviestack.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.moviestack.gateway.problem.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an {@code X-Request-Id}: the client's when it is a safe token,
 * otherwise a new UUID. The services receive it, and the client gets it back, also on
 * every problem the gateway answers with. Runs first, so that even a 401 carries it.
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

	static final String HEADER = "X-Request-Id";

	// the same rule as the services' filter: no header injection, no log forging
	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
		boolean valid = incoming != null && SAFE.matcher(incoming).matches()
				&& exchange.getRequest().getHeaders().getOrEmpty(HEADER).size() == 1;
		String requestId = valid ? incoming : UUID.randomUUID().toString();
		exchange.getAttributes().put(ProblemWriter.REQUEST_ID_ATTRIBUTE, requestId);
		exchange.getAttributes().put(ProblemWriter.REQUEST_PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
		exchange.getResponse().getHeaders().set(HEADER, requestId);
		if (valid) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(HEADER, requestId)))
			.build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
