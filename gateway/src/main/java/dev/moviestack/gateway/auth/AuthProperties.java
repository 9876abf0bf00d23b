package dev.moviestack.gateway.auth;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway exchanges credentials for tokens.
 *
 * @param keycloakUrl Keycloak as the gateway reaches it (the back channel)
 * @param realm the realm
 * @param clientId the public client that logs users in (direct grants and PKCE)
 * @param timeout how long a call to Keycloak may take
 */
@ConfigurationProperties("moviestack.gateway.auth")
record AuthProperties(@DefaultValue("http://localhost:8180") URI keycloakUrl, @DefaultValue("moviestack") String realm,
		@DefaultValue("moviestack-web") String clientId, @DefaultValue("5s") Duration timeout) {

	String openIdConnectUrl() {
		String base = this.keycloakUrl.toString().replaceAll("/+$", "");
		return base + "/realms/" + this.realm + "/protocol/openid-connect";
	}

}
