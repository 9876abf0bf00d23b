package dev.moviestack.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers the tokens it has validated until they expire. A client sends the same token
 * for minutes, and checking its RS256 signature is the most expensive step of a request
 * at the gateway. The key is the whole token, so any change to it (a forged claim, a
 * swapped signature) misses the cache and is validated in full; expiry and not-before are
 * checked again on every hit, without the validator's clock skew. The price: a token
 * stays accepted until it expires even if its signing key is removed from the JWKS
 * meanwhile (the services, which validate it themselves, do not cache).
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder delegate;

	private final int maxSize;

	private final Clock clock;

	private final Map<String, Jwt> validated = new ConcurrentHashMap<>();

	CachingJwtDecoder(ReactiveJwtDecoder delegate, int maxSize, Clock clock) {
		this.delegate = delegate;
		this.maxSize = maxSize;
		this.clock = clock;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.validated.get(token);
		if (known != null) {
			if (isCurrent(known)) {
				return Mono.just(known);
			}
			this.validated.remove(token);
		}
		return this.delegate.decode(token).doOnNext((jwt) -> remember(token, jwt));
	}

	private void remember(String token, Jwt jwt) {
		if (this.maxSize <= 0 || jwt.getExpiresAt() == null) {
			return;
		}
		if (this.validated.size() >= this.maxSize) {
			// crude but bounded: start over rather than track recency on every hit
			this.validated.clear();
		}
		this.validated.put(token, jwt);
	}

	private boolean isCurrent(Jwt jwt) {
		Instant now = this.clock.instant();
		Instant expiresAt = jwt.getExpiresAt();
		Instant notBefore = jwt.getNotBefore();
		return expiresAt != null && now.isBefore(expiresAt) && (notBefore == null || !now.isBefore(notBefore));
	}

	int size() {
		return this.validated.size();
	}

}
