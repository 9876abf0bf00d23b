package dev.moviestack.gateway.security;

import dev.moviestack.gateway.problem.Problem;
import dev.moviestack.gateway.problem.ProblemWriter;
import dev.moviestack.platform.service.web.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 and 403 as problems. A 401 carries {@code WWW-Authenticate: Bearer} and, when a
 * token was sent, RFC 6750's {@code error="invalid_token"}; the reason itself stays in
 * the log so that the response tells an attacker nothing about the token.
 */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

	private final ProblemWriter writer;

	ProblemSecurityHandlers(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		log.debug("401 for {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				failure.getMessage());
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
		return this.writer.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
				tokenSent ? "The access token is invalid or expired" : "Authentication is required"));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.writer.write(exchange,
				Problem.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "You are not allowed to do this"));
	}

}
