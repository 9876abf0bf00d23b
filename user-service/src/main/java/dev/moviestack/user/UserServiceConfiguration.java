package dev.moviestack.user;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UserServiceConfiguration {

	/** One clock for every timestamp, so that tests can move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	OpenAPI userServiceOpenApi() {
		return new OpenAPI()
			.info(new Info().title("MovieStack user-service")
				.version("v1")
				.description("Sign-up, profiles, erasure and account administration. "
						+ "Errors are RFC 9457 application/problem+json."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("Keycloak access token of the realm moviestack (audience moviestack-api)")));
	}

}
