package dev.moviestack.gateway.ratelimit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.util.StreamUtils;

/**
 * The routes' Redis rate limiter, with Spring Cloud Gateway's own token bucket script.
 * The script is read once: Spring Cloud Gateway's script bean checks its classpath
 * resource for changes on every call, a jar lookup that cost milliseconds of CPU per
 * request in the benchmark.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	private static final String TOKEN_BUCKET_SCRIPT = "META-INF/scripts/request_rate_limiter.lua";

	@Bean
	RedisRateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis, ConfigurationService configurationService) {
		return new RedisRateLimiter(redis, tokenBucketScript(), configurationService);
	}

	static RedisScript<List<Long>> tokenBucketScript() {
		try {
			String script = StreamUtils.copyToString(new ClassPathResource(TOKEN_BUCKET_SCRIPT).getInputStream(),
					StandardCharsets.UTF_8);
			@SuppressWarnings({ "unchecked", "rawtypes" })
			RedisScript<List<Long>> redisScript = new DefaultRedisScript(script, List.class);
			return redisScript;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + TOKEN_BUCKET_SCRIPT, ex);
		}
	}

}
