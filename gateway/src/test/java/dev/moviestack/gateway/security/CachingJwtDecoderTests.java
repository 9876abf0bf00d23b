package dev.moviestack.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));

	private final RecordingDecoder delegate = new RecordingDecoder();

	private final CachingJwtDecoder decoder = new CachingJwtDecoder(this.delegate, 2, this.clock);

	@Test
	void aTokenSeenBeforeIsNotValidatedAgain() {
		Jwt first = this.decoder.decode("token-a").block();
		Jwt second = this.decoder.decode("token-a").block();

		assertThat(second).isSameAs(first);
		assertThat(this.delegate.decoded).containsExactly("token-a");
	}

	@Test
	void anyOtherStringIsValidatedInFull() {
		this.decoder.decode("token-a").block();
		this.decoder.decode("token-a.").block();

		assertThat(this.delegate.decoded).containsExactly("token-a", "token-a.");
	}

	@Test
	void anExpiredTokenIsValidatedAgainAndRefused() {
		this.decoder.decode("token-a").block();
		this.clock.advance(Duration.ofMinutes(5));
		this.delegate.refuse = true;

		assertThatThrownBy(() -> this.decoder.decode("token-a").block()).isInstanceOf(BadJwtException.class);
		assertThat(this.delegate.decoded).containsExactly("token-a", "token-a");
	}

	@Test
	void aRefusedTokenIsNotRemembered() {
		this.delegate.refuse = true;
		assertThatThrownBy(() -> this.decoder.decode("token-a").block()).isInstanceOf(BadJwtException.class);
		this.delegate.refuse = false;

		this.decoder.decode("token-a").block();
		assertThat(this.delegate.decoded).containsExactly("token-a", "token-a");
	}

	@Test
	void theCacheStaysWithinItsSize() {
		this.decoder.decode("token-a").block();
		this.decoder.decode("token-b").block();
		this.decoder.decode("token-c").block();

		assertThat(this.decoder.size()).isLessThanOrEqualTo(2);
	}

	/**
	 * Valid tokens expire five minutes after the clock's current time, unless refused.
	 */
	private final class RecordingDecoder implements ReactiveJwtDecoder {

		final List<String> decoded = new ArrayList<>();

		boolean refuse;

		@Override
		public Mono<Jwt> decode(String token) {
			this.decoded.add(token);
			if (this.refuse) {
				return Mono.error(new BadJwtException("refused"));
			}
			Instant now = CachingJwtDecoderTests.this.clock.instant();
			return Mono.just(Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.subject("alice")
				.issuedAt(now)
				.expiresAt(now.plus(Duration.ofMinutes(5)))
				.build());
		}

	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
