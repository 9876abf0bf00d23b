package dev.moviestack.gateway.edge;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Edge settings.
 *
 * @param corsAllowedOrigins browser origins allowed to call the API
 * @param untrustedHeaderPrefixes request headers (by case-insensitive prefix) that claim
 * an identity or are ours to set; the gateway drops them, so that no service can be
 * tricked into trusting them
 */
@ConfigurationProperties("moviestack.gateway.edge")
record EdgeProperties(@DefaultValue( {
		"http://localhost:3000", "http://localhost:5173" }) List<String> corsAllowedOrigins,
		@DefaultValue({ "X-User", "X-Auth", "X-Authenticated", "X-Forwarded-User", "X-Forwarded-Email",
				"X-Forwarded-Groups", "X-Forwarded-Preferred-Username", "X-Forwarded-Access-Token", "X-Remote-",
				"Remote-User", "X-Roles", "X-Role", "X-Principal", "X-Identity", "X-Jwt",
				"X-MovieStack-" }) List<String> untrustedHeaderPrefixes){

}
