package dev.moviestack.gateway.edge;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Drops request headers that claim an identity ({@code X-User-Id}, {@code X-Roles},
 * {@code X-Forwarded-User}, ...). Identity travels only in the signed token the services
 * validate themselves; a bare header must never reach them.
 */
@Component
class UntrustedHeaderFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(UntrustedHeaderFilter.class);

	private final List<String> prefixes;

	UntrustedHeaderFilter(EdgeProperties properties) {
		this.prefixes = properties.untrustedHeaderPrefixes().stream().map((p) -> p.toLowerCase(Locale.ROOT)).toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		List<String> untrusted = exchange.getRequest()
			.getHeaders()
			.headerNames()
			.stream()
			.filter(this::isUntrusted)
			.toList();
		if (untrusted.isEmpty()) {
			return chain.filter(exchange);
		}
		log.debug("Dropping untrusted request headers {} of {} {}", untrusted, exchange.getRequest().getMethod(),
				exchange.getRequest().getPath());
		return chain.filter(exchange.mutate()
			.request((request) -> request.headers((headers) -> untrusted.forEach(headers::remove)))
			.build());
	}

	private boolean isUntrusted(String header) {
		String name = header.toLowerCase(Locale.ROOT);
		for (String prefix : this.prefixes) {
			if (name.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
