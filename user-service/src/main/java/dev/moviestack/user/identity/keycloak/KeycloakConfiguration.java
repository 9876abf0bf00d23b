package dev.moviestack.user.identity.keycloak;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.Client;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;

import dev.moviestack.user.identity.IdentityProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Keycloak admin client. It runs on RESTEasy with its own Jackson 2 mapper, which
 * lives beside Boot's Jackson 3 without touching it. Nothing here connects at startup:
 * the first call fetches the service account's token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakConfiguration {

	@Bean(destroyMethod = "close")
	Keycloak keycloakAdminClient(KeycloakProperties properties) {
		Client http = ResteasyClientClassicProvider.createClientBuilder()
			.connectionPoolSize(properties.connectionPoolSize())
			.connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.connectionCheckoutTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			// what the admin client registers itself: tolerant of fields newer Keycloaks
			// add
			.register(JacksonProvider.class, 100)
			.build();
		return KeycloakBuilder.builder()
			.serverUrl(properties.url())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.adminClientId())
			.clientSecret(properties.adminClientSecret())
			.resteasyClient(http)
			.build();
	}

	@Bean
	IdentityProvider keycloakIdentityProvider(Keycloak keycloak, KeycloakProperties properties) {
		return new KeycloakIdentityProvider(keycloak.realm(properties.realm()));
	}

}
