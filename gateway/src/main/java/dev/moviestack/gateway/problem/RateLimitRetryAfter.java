package dev.moviestack.gateway.problem;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * How long a rate-limited caller waits for enough tokens, from the {@code X-RateLimit-*}
 * headers of Spring Cloud Gateway's Redis rate limiter.
 */
public final class RateLimitRetryAfter {

	public static final String REMAINING = "X-RateLimit-Remaining";

	public static final String REPLENISH_RATE = "X-RateLimit-Replenish-Rate";

	public static final String REQUESTED_TOKENS = "X-RateLimit-Requested-Tokens";

	private RateLimitRetryAfter() {
	}

	public static Duration of(HttpHeaders headers) {
		return of(headers::getFirst);
	}

	public static Duration of(Map<String, String> headers) {
		return of(headers::get);
	}

	private static Duration of(Function<String, @Nullable String> header) {
		long replenishRate = Math.max(parse(header.apply(REPLENISH_RATE), 1), 1);
		long requested = Math.max(parse(header.apply(REQUESTED_TOKENS), 1), 1);
		long remaining = Math.max(parse(header.apply(REMAINING), 0), 0);
		long missing = Math.max(requested - remaining, 1);
		return Duration.ofMillis(Math.ceilDiv(missing * 1000, replenishRate));
	}

	private static long parse(@Nullable String value, long fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
