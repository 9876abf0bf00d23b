package dev.moviestack.user;

import dev.moviestack.platform.service.security.RealmRoles;
import dev.moviestack.platform.service.security.ServiceSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The gateway checks the same rules; this service checks them again.
 * Sign-up is public; one's own profile needs the role user; the rest of
 * {@code /api/users} is for the role admin.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity serviceSecurity) throws Exception {
		serviceSecurity.apply(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/users")
				.permitAll()
				.requestMatchers("/api/users/me", "/api/users/me/**")
				.hasRole(RealmRoles.USER)
				.requestMatchers("/api/users", "/api/users/**")
				.hasRole(RealmRoles.ADMIN)
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
