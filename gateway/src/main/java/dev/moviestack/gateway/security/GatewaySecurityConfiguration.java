package dev.moviestack.gateway.security;

import java.time.Clock;
import java.time.Duration;

import dev.moviestack.gateway.problem.ProblemWriter;
import dev.moviestack.platform.service.security.AudienceValidator;
import dev.moviestack.platform.service.security.RealmRoles;
import dev.moviestack.platform.service.security.SecurityProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * The edge's security: a stateless JWT resource server (RS256 signature from the realm's
 * JWKS, expiry, issuer, audience; realm roles as authorities) and the authorization rules
 * of every route. The services validate the same token again; the gateway only turns away
 * what they would refuse anyway, early and in one place.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class GatewaySecurityConfiguration {

	private static final String USER = RealmRoles.USER;

	private static final String ADMIN = RealmRoles.ADMIN;

	private static final String[] RATING_READS = { "/api/movies/*/ratings/summary", "/api/ratings/popular" };

	private static final String[] SIMILAR_MOVIES = { "/api/movies/*/similar" };

	private static final String[] CATALOG = { "/api/movies", "/api/movies/**", "/api/genres", "/api/genres/**" };

	private static final String[] SEARCH = { "/api/search", "/api/search/**" };

	@Bean
	ReactiveJwtDecoder jwtDecoder(SecurityProperties properties,
			@Value("${moviestack.gateway.security.token-cache-size:2000}") int tokenCacheSize) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
						new AudienceValidator(properties.audience())));
		return (tokenCacheSize > 0) ? new CachingJwtDecoder(decoder, tokenCacheSize, Clock.systemUTC()) : decoder;
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			ProblemWriter problems, CorsConfigurationSource corsConfigurationSource) {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.cors((cors) -> cors.configurationSource(corsConfigurationSource))
			.headers((headers) -> headers.contentTypeOptions(Customizer.withDefaults())
				.frameOptions((frame) -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// written only on https requests
				.hsts((hsts) -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true)))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.oauth2ResourceServer(
					(server) -> server
						.jwt((jwt) -> jwt.jwtDecoder(jwtDecoder)
							.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(
									RealmRoles.authenticationConverter())))
						.authenticationEntryPoint(handlers)
						.accessDeniedHandler(handlers))
			.authorizeExchange(GatewaySecurityConfiguration::rules)
			.build();
	}

	/**
	 * First match wins, so the specific rating and recommender paths come before the
	 * catalog's and users' {@code /**}. Anything not listed needs a valid token.
	 */
	private static void rules(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges
			// operations: health of the gateway and, through it, of every service
			.pathMatchers("/health/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/actuator/prometheus")
			.permitAll()
			.pathMatchers("/actuator/**")
			.hasRole(ADMIN)
			// API documentation, served from our own origin
			.pathMatchers(HttpMethod.GET, "/docs", "/docs/**", "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html",
					"/webjars/**", "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			// fallbacks are reached only by an internal forward from a circuit breaker
			.pathMatchers("/fallback/**")
			.denyAll()
			// login for clients without a browser, and sign-up
			.pathMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/refresh", "/api/auth/logout")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/api/auth/config")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/api/users")
			.permitAll()
			// ratings: public statistics, personal ratings, admin import
			.pathMatchers(HttpMethod.GET, RATING_READS)
			.permitAll()
			.pathMatchers(HttpMethod.HEAD, RATING_READS)
			.permitAll()
			.pathMatchers("/api/ratings/batch")
			.hasRole(ADMIN)
			.pathMatchers("/api/movies/*/rating", "/api/users/me/ratings", "/api/ratings/**")
			.hasRole(USER)
			// recommender: similar movies are public, recommendations are personal
			.pathMatchers(HttpMethod.GET, SIMILAR_MOVIES)
			.permitAll()
			.pathMatchers(HttpMethod.HEAD, SIMILAR_MOVIES)
			.permitAll()
			.pathMatchers("/api/recommendations", "/api/recommendations/**")
			.hasRole(USER)
			// catalog: anyone reads, admins write (also the batch import)
			.pathMatchers(HttpMethod.GET, CATALOG)
			.permitAll()
			.pathMatchers(HttpMethod.HEAD, CATALOG)
			.permitAll()
			.pathMatchers(CATALOG)
			.hasRole(ADMIN)
			// search: anyone searches, admins run maintenance
			.pathMatchers(HttpMethod.GET, SEARCH)
			.permitAll()
			.pathMatchers(HttpMethod.HEAD, SEARCH)
			.permitAll()
			.pathMatchers(SEARCH)
			.hasRole(ADMIN)
			// accounts: one's own for users (sign-up above), the rest for admins
			.pathMatchers("/api/users/me", "/api/users/me/**")
			.hasRole(USER)
			.pathMatchers("/api/users", "/api/users/**")
			.hasRole(ADMIN)
			.anyExchange()
			.authenticated();
	}

}
