package dev.moviestack.catalog;

import dev.moviestack.platform.service.security.RealmRoles;
import dev.moviestack.platform.service.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: reading the catalog is public, changing it takes the {@code admin}
 * realm role. The gateway checks the same rules; this service checks them again.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity serviceSecurity) throws Exception {
		serviceSecurity.apply(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/movies", "/api/movies/**", "/api/genres")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/movies", "/api/movies/**", "/api/genres")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/asyncapi.yaml")
				.permitAll()
				.anyRequest()
				.hasRole(RealmRoles.ADMIN));
		return http.build();
	}

}
