package dev.moviestack.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers are told apart, and the login limit. The API limit itself is the
 * {@code RequestRateLimiter} default filter's configuration.
 *
 * @param keyPrefix prepended to every bucket key, to keep apart environments (or test
 * runs) that share one Redis
 * @param trustedProxies how many proxies in front of the gateway append to
 * {@code X-Forwarded-For}; 0 uses the connection's address and ignores the header, which
 * a client could forge
 * @param loginAttemptsPerMinute login attempts per minute and client address
 * @param loginBurst login attempts a client address may make at once
 */
@ConfigurationProperties("moviestack.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("") String keyPrefix, @DefaultValue("0") int trustedProxies,
		@DefaultValue("10") int loginAttemptsPerMinute, @DefaultValue("10") int loginBurst) {

}
