package dev.moviestack.platform.service.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.moviestack.platform.service.web.ProblemResponses;
import dev.moviestack.platform.service.web.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The part of every service's security chain that does not depend on the service:
 * stateless JWT resource server, problem responses for 401 and 403, and open health,
 * metrics and API docs. A service adds its own rules after calling {@link #apply}.
 */
public class ServiceSecurity {

	private final JwtAuthenticationConverter authenticationConverter;

	private final ProblemResponses problems;

	public ServiceSecurity(JwtAuthenticationConverter authenticationConverter, ProblemResponses problems) {
		this.authenticationConverter = authenticationConverter;
		this.problems = problems;
	}

	public HttpSecurity apply(HttpSecurity http) {
		http.csrf(AbstractHttpConfigurer::disable)
			.cors((cors) -> cors.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(this.authenticationConverter))
						.authenticationEntryPoint(this::unauthorized)
						.accessDeniedHandler((request, response, denied) -> forbidden(request, response)))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(this::unauthorized)
				.accessDeniedHandler((request, response, denied) -> forbidden(request, response)))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
						"/swagger-ui/**", "/swagger-ui.html", "/error")
				.permitAll());
		return http;
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		boolean tokenPresent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
				tokenPresent ? "The access token is invalid or expired" : "Authentication is required");
	}

	private void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
				"You are not allowed to do this");
	}

}
