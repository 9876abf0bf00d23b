package dev.moviestack.user.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.moviestack.user.profile.persistence.ProfileRepository;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class LastSeenTrackerTests {

	private final ProfileRepository repository = mock();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

	private final LastSeenTracker tracker = new LastSeenTracker(this.repository, this.clock, Duration.ofMinutes(1));

	@Test
	void writesOncePerMinuteAndUserHoweverManyRequests() {
		for (int i = 0; i < 100; i++) {
			this.tracker.seen("neo");
			this.clock.advance(Duration.ofMillis(500));
		}
		// 100 requests over 50 s: one write
		verify(this.repository).touchLastSeen("neo", Instant.parse("2026-11-30T10:00:00Z"),
				Instant.parse("2026-11-30T09:59:00Z"));
		verifyNoMoreInteractions(this.repository);
	}

	@Test
	void writesAgainOnceTheIntervalHasPassed() {
		this.tracker.seen("neo");
		this.clock.advance(Duration.ofSeconds(59));
		this.tracker.seen("neo");
		this.clock.advance(Duration.ofSeconds(1));
		this.tracker.seen("neo");
		verify(this.repository, times(2)).touchLastSeen(eq("neo"), any(), any());
	}

	@Test
	void countsEachUserOnItsOwn() {
		this.tracker.seen("neo");
		this.tracker.seen("trinity");
		this.tracker.seen("neo");
		verify(this.repository).touchLastSeen(eq("neo"), any(), any());
		verify(this.repository).touchLastSeen(eq("trinity"), any(), any());
		verifyNoMoreInteractions(this.repository);
	}

	@Test
	void neverFailsTheRequestAndRetriesAfterAFailedWrite() {
		given(this.repository.touchLastSeen(anyString(), any(), any()))
			.willThrow(new DataAccessResourceFailureException("database down"))
			.willReturn(1);
		assertThatNoException().isThrownBy(() -> this.tracker.seen("neo"));
		this.tracker.seen("neo");
		verify(this.repository, times(2)).touchLastSeen(eq("neo"), any(), any());
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
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
