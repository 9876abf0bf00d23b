package dev.moviestack.rating;

import dev.moviestack.platform.service.security.RealmRoles;
import dev.moviestack.platform.service.security.ServiceSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The gateway checks the same rules; this service checks them again.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity serviceSecurity) throws Exception {
		serviceSecurity.apply(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/movies/*/ratings/summary", "/api/ratings/popular")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/ratings/batch")
				.hasRole(RealmRoles.ADMIN)
				.requestMatchers("/api/movies/*/rating", "/api/users/me/ratings")
				.hasRole(RealmRoles.USER)
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
