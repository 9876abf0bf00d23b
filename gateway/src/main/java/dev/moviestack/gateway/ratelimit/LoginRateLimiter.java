package dev.moviestack.gateway.ratelimit;

import dev.moviestack.gateway.problem.Problem;
import dev.moviestack.gateway.problem.ProblemException;
import dev.moviestack.gateway.problem.RateLimitRetryAfter;
import dev.moviestack.platform.service.web.ProblemTypes;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A token bucket per client address for {@code POST /api/auth/login}, which is a handler,
 * not a route, so the routes' limiter does not cover it. The realm has no brute-force
 * lockout, and a lockout per user would not stop one address from trying many users: this
 * does. Like the routes' limiter it lets requests through when Redis is down.
 */
@Component
public class LoginRateLimiter {

	private static final String BUCKET = "auth-login";

	// a login costs a minute's worth of tokens: the bucket refills attempts-per-minute
	// tokens per second, so it allows that many attempts per minute
	private static final int TOKENS_PER_ATTEMPT = 60;

	private final RedisRateLimiter limiter;

	private final CallerKeyResolver keys;

	LoginRateLimiter(ReactiveStringRedisTemplate redis, ConfigurationService configurationService,
			CallerKeyResolver keys, RateLimitProperties properties) {
		this.limiter = new RedisRateLimiter(redis, RateLimitConfiguration.tokenBucketScript(), configurationService);
		this.limiter.getConfig()
			.put(BUCKET,
					new RedisRateLimiter.Config().setReplenishRate(properties.loginAttemptsPerMinute())
						.setBurstCapacity((long) properties.loginBurst() * TOKENS_PER_ATTEMPT)
						.setRequestedTokens(TOKENS_PER_ATTEMPT));
		this.keys = keys;
	}

	/** Completes empty when the attempt may go ahead, with a 429 problem otherwise. */
	public Mono<Void> acquire(ServerWebExchange exchange) {
		return this.limiter.isAllowed(BUCKET, this.keys.addressKey(exchange)).flatMap((response) -> {
			if (response.isAllowed()) {
				return Mono.empty();
			}
			return Mono.error(new ProblemException(Problem
				.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
						"Too many login attempts from this address; retry later")
				.withRetryAfter(RateLimitRetryAfter.of(response.getHeaders()))));
		});
	}

}
