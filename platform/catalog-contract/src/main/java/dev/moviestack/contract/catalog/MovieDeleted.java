package dev.moviestack.contract.catalog;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/**
 * A movie was deleted. The snapshot is the last stored state, with a version one past the
 * last stored one, so that the deletion orders after every earlier event of the movie.
 */
@EventType("dev.moviestack.catalog.movie.deleted")
@Externalized(MovieEvent.TOPIC + "::#{#this.movieId()}")
public record MovieDeleted(UUID eventId, Instant occurredAt, MovieSnapshot movie) implements MovieEvent {

	public static MovieDeleted of(MovieSnapshot movie) {
		return new MovieDeleted(UUID.randomUUID(), Instant.now(), movie);
	}

}
