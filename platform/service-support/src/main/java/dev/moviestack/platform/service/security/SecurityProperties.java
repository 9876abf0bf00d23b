package dev.moviestack.platform.service.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and whom they are for.
 *
 * @param issuerUri expected {@code iss} claim, the Keycloak realm URL
 * @param jwkSetUri where the realm's signing keys are published
 * @param audience expected entry of the {@code aud} claim
 */
@ConfigurationProperties("moviestack.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience) {

}
