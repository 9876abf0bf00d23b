package dev.moviestack.platform.service.security;

import java.time.Duration;

import dev.moviestack.platform.service.web.ProblemResponses;
import dev.moviestack.platform.service.web.ServletWebAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.web.client.RestTemplate;

/**
 * JWT validation every servlet service shares: RS256 signature from the realm's JWKS,
 * expiry, issuer and audience; realm roles as authorities.
 */
@AutoConfiguration(after = ServletWebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JwtDecoder.class)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(SecurityProperties properties,
			@Value("${moviestack.security.jwks-connect-timeout:2s}") Duration connectTimeout,
			@Value("${moviestack.security.jwks-read-timeout:5s}") Duration readTimeout) {
		// Nimbus' own default is 500 ms, which a busy Keycloak can miss: the request
		// would be a 401
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(connectTimeout);
		requests.setReadTimeout(readTimeout);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.restOperations(new RestTemplate(requests))
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
						new AudienceValidator(properties.audience())));
		return decoder;
	}

	@Bean
	@ConditionalOnMissingBean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		return RealmRoles.authenticationConverter();
	}

	@Bean
	@ConditionalOnMissingBean
	ServiceSecurity serviceSecurity(JwtAuthenticationConverter converter, ProblemResponses problems) {
		return new ServiceSecurity(converter, problems);
	}

}
