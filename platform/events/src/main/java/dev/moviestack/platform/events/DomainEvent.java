package dev.moviestack.platform.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact that happened in one service and that other services may react to. The
 * attributes map one to one onto CloudEvents: {@code id}, {@code time} and
 * {@code subject}; {@code type} comes from {@link EventType}, and {@code source} from the
 * publishing service.
 */
public interface DomainEvent {

	/** Unique per event; consumers use it to ignore redeliveries. */
	UUID eventId();

	/** When the fact happened, not when it was delivered. */
	Instant occurredAt();

	/** The id of the aggregate the event is about (CloudEvents {@code subject}). */
	@JsonIgnore
	String subject();

	/**
	 * The versioned CloudEvents type, for example
	 * {@code dev.moviestack.catalog.movie.created.v1}.
	 */
	@JsonIgnore
	default String eventType() {
		return EventType.Descriptor.of(getClass()).type();
	}

}
