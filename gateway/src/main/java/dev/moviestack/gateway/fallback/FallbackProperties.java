package dev.moviestack.gateway.fallback;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the fallbacks answer with.
 *
 * @param ratingServiceUrl where {@code GET /api/ratings/popular} lives
 * @param popularLimit how many popular movies replace the recommendations when the caller
 * asks for no particular number
 * @param popularTimeout how long the popular list may take
 * @param retryAfter the {@code Retry-After} of a 503: about as long as an open circuit
 * breaker waits before it tries the service again
 */
@ConfigurationProperties("moviestack.gateway.fallback")
record FallbackProperties(@DefaultValue("http://127.0.0.1:8083") URI ratingServiceUrl,
		@DefaultValue("20") int popularLimit, @DefaultValue("2s") Duration popularTimeout,
		@DefaultValue("10s") Duration retryAfter) {

}
