package dev.moviestack.contract.catalog;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/** A movie was created. */
@EventType("dev.moviestack.catalog.movie.created")
@Externalized(MovieEvent.TOPIC + "::#{#this.movieId()}")
public record MovieCreated(UUID eventId, Instant occurredAt, MovieSnapshot movie) implements MovieEvent {

	public static MovieCreated of(MovieSnapshot movie) {
		return new MovieCreated(UUID.randomUUID(), Instant.now(), movie);
	}

}
