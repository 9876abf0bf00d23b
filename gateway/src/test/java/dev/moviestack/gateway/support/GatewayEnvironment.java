package dev.moviestack.gateway.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.moviestack.platform.test.TestInfrastructure;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the gateway under test at WireMock (services and Keycloak) and at the test
 * stack's Redis, with the settings every gateway test context shares. The properties take
 * precedence over the environment, so a developer's or CI's variables cannot leak in.
 * Subclasses change what their context needs.
 */
public class GatewayEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("gatewayTestEnvironment", properties()));
	}

	protected Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("CATALOG_URL", WireMockStack.url(WireMockStack.CATALOG));
		properties.put("USER_URL", WireMockStack.url(WireMockStack.USERS));
		properties.put("RATING_URL", WireMockStack.url(WireMockStack.RATING));
		properties.put("SEARCH_URL", WireMockStack.url(WireMockStack.SEARCH));
		properties.put("RECOMMENDER_URL", WireMockStack.url(WireMockStack.RECOMMENDER));
		properties.put("KEYCLOAK_URL", "http://localhost:" + WireMockStack.KEYCLOAK.port());
		properties.put("KEYCLOAK_REALM", TestTokens.REALM);
		properties.put("KEYCLOAK_ISSUER_URI", TestTokens.issuer());
		properties.put("KEYCLOAK_JWK_SET_URI", TestTokens.jwkSetUri());
		properties.put("JWT_AUDIENCE", TestTokens.AUDIENCE);
		properties.put("spring.data.redis.host", TestInfrastructure.redisHost());
		properties.put("spring.data.redis.port", TestInfrastructure.redisPort());
		// every context gets buckets of its own on the shared Redis
		properties.put("RATE_LIMIT_KEY_PREFIX", "gateway-test-" + UUID.randomUUID() + ":");
		// lets a test act as another client address (a trusted proxy's X-Forwarded-For)
		properties.put("TRUSTED_PROXIES", "1");
		properties.put("RATE_LIMIT_REPLENISH_RATE", "1000");
		properties.put("RATE_LIMIT_BURST_CAPACITY", "2000");
		properties.put("LOGIN_RATE_LIMIT_PER_MINUTE", "1000");
		properties.put("LOGIN_RATE_LIMIT_BURST", "1000");
		// short deadlines and a quick breaker, so the resilience tests run fast
		properties.put("ROUTE_TIMEOUT_MS", "3000");
		properties.put("RECOMMENDER_TIMEOUT_MS", "700");
		properties.put("CIRCUIT_BREAKER_MINIMUM_CALLS", "4");
		properties.put("CIRCUIT_BREAKER_WINDOW", "4");
		properties.put("CIRCUIT_BREAKER_OPEN_FOR", "30s");
		properties.put("KEYCLOAK_TIMEOUT", "2s");
		return properties;
	}

}
