package dev.moviestack.user.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.moviestack.user.profile.persistence.ProfileRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code last_seen} current to within {@code interval} without a write per request:
 * each instance remembers when it last wrote for a user and skips the database until the
 * interval has passed; the conditional update keeps several instances from writing more
 * than once per interval between them.
 */
@Component
public class LastSeenTracker {

	private static final Logger log = LoggerFactory.getLogger(LastSeenTracker.class);

	/** Above this many remembered users, entries older than the interval are dropped. */
	static final int MAX_REMEMBERED = 50_000;

	private final ProfileRepository repository;

	private final Clock clock;

	private final Duration interval;

	private final ConcurrentMap<String, Instant> lastWrites = new ConcurrentHashMap<>();

	LastSeenTracker(ProfileRepository repository, Clock clock,
			@Value("${moviestack.profile.last-seen-interval:1m}") Duration interval) {
		this.repository = repository;
		this.clock = clock;
		this.interval = interval;
	}

	/** Records that the user called the API now. Never fails the request. */
	public void seen(String userId) {
		Instant now = this.clock.instant();
		Instant previous = this.lastWrites.get(userId);
		if (previous != null && now.isBefore(previous.plus(this.interval))) {
			return;
		}
		// only the thread that moves the entry on writes; the others return
		boolean claimed = (previous != null) ? this.lastWrites.replace(userId, previous, now)
				: this.lastWrites.putIfAbsent(userId, now) == null;
		if (!claimed) {
			return;
		}
		try {
			this.repository.touchLastSeen(userId, now, now.minus(this.interval));
		}
		catch (DataAccessException ex) {
			this.lastWrites.remove(userId, now);
			log.warn("Could not record last seen of {}: {}", userId, ex.getMessage());
		}
		if (this.lastWrites.size() > MAX_REMEMBERED) {
			Instant staleBefore = now.minus(this.interval);
			this.lastWrites.values().removeIf((written) -> written.isBefore(staleBefore));
		}
	}

}
