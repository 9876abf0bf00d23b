package dev.moviestack.contract.rating;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/** A user rated a movie for the first time. */
@EventType("dev.moviestack.rating.submitted")
@Externalized(RatingEvent.TOPIC + "::#{#this.userId()}")
public record RatingSubmitted(UUID eventId, Instant occurredAt, String userId, UUID movieId, double newValue,
		Instant ratedAt) implements RatingEvent {

}
