package dev.moviestack.gateway.edge;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A Content-Security-Policy on every response. The documentation pages may load scripts,
 * styles, images and fonts from our own origin only (Redoc and Swagger UI set inline
 * styles, and Redoc's search runs in a blob worker); API responses may load nothing.
 */
@Component
class ContentSecurityPolicyFilter implements WebFilter {

	static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String policy = isDocumentation(exchange.getRequest().getPath().value()) ? DOCS_POLICY : API_POLICY;
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			if (!headers.containsHeader("Content-Security-Policy")) {
				headers.set("Content-Security-Policy", policy);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private static boolean isDocumentation(String path) {
		return path.equals("/docs") || path.startsWith("/docs/") || path.startsWith("/swagger-ui")
				|| path.startsWith("/webjars/");
	}

}
