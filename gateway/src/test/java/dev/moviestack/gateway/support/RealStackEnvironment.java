package dev.moviestack.gateway.support;

import java.util.Map;

import dev.moviestack.platform.test.TestInfrastructure;

/**
 * The test stack's real Keycloak (realm moviestack) instead of the WireMock one, and low
 * limits: one API call per minute per caller and route, three logins per minute per
 * address. The services stay WireMock.
 */
public class RealStackEnvironment extends GatewayEnvironment {

	public static final String REALM_URL = TestInfrastructure.keycloakUrl() + "/realms/moviestack";

	@Override
	protected Map<String, Object> properties() {
		Map<String, Object> properties = super.properties();
		properties.put("KEYCLOAK_URL", TestInfrastructure.keycloakUrl());
		properties.put("KEYCLOAK_ISSUER_URI", REALM_URL);
		properties.put("KEYCLOAK_JWK_SET_URI", REALM_URL + "/protocol/openid-connect/certs");
		// a call costs 60 tokens and the bucket refills one per second
		properties.put("RATE_LIMIT_REPLENISH_RATE", "1");
		properties.put("RATE_LIMIT_BURST_CAPACITY", "60");
		properties.put("RATE_LIMIT_REQUESTED_TOKENS", "60");
		properties.put("LOGIN_RATE_LIMIT_PER_MINUTE", "3");
		properties.put("LOGIN_RATE_LIMIT_BURST", "3");
		properties.put("KEYCLOAK_TIMEOUT", "10s");
		return properties;
	}

}
