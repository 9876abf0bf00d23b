package dev.moviestack.user.identity.keycloak;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Keycloak admin REST API is and how user-service logs in to it: the
 * confidential client {@code moviestack-admin} with the realm-management roles
 * manage-users, view-users and query-users, through {@code client_credentials}.
 *
 * @param url base URL of Keycloak, without {@code /realms/...}
 * @param realm the realm whose users are managed (and where the admin client lives)
 * @param adminClientId the confidential client with the service account
 * @param adminClientSecret its secret
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param connectionPoolSize connections kept to Keycloak
 */
@ConfigurationProperties("moviestack.keycloak")
public record KeycloakProperties(String url, @DefaultValue("moviestack") String realm,
		@DefaultValue("moviestack-admin") String adminClientId, String adminClientSecret,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("10") int connectionPoolSize) {

}
