package dev.moviestack.contract.rating;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/** A user replaced an existing rating. */
@EventType("dev.moviestack.rating.changed")
@Externalized(RatingEvent.TOPIC + "::#{#this.userId()}")
public record RatingChanged(UUID eventId, Instant occurredAt, String userId, UUID movieId, double oldValue,
		double newValue, Instant ratedAt) implements RatingEvent {

}
