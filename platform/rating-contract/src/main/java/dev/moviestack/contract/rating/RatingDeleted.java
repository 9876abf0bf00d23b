package dev.moviestack.contract.rating;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/** A rating was removed: by its user, by account erasure, or because the movie went. */
@EventType("dev.moviestack.rating.deleted")
@Externalized(RatingEvent.TOPIC + "::#{#this.userId()}")
public record RatingDeleted(UUID eventId, Instant occurredAt, String userId, UUID movieId, double oldValue,
		Instant ratedAt, Reason reason) implements RatingEvent {

	public enum Reason {

		USER_REQUEST, USER_ERASED, MOVIE_DELETED

	}

}
