package dev.moviestack.contract.catalog;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/** A movie was updated. */
@EventType("dev.moviestack.catalog.movie.updated")
@Externalized(MovieEvent.TOPIC + "::#{#this.movieId()}")
public record MovieUpdated(UUID eventId, Instant occurredAt, MovieSnapshot movie) implements MovieEvent {

	public static MovieUpdated of(MovieSnapshot movie) {
		return new MovieUpdated(UUID.randomUUID(), Instant.now(), movie);
	}

}
