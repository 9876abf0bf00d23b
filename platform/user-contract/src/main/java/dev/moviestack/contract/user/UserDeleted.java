package dev.moviestack.contract.user;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/**
 * An account was erased. Every service that holds data about the user deletes it when it
 * consumes this event.
 */
@EventType("dev.moviestack.user.deleted")
@Externalized(UserEvent.TOPIC + "::#{#this.userId()}")
public record UserDeleted(UUID eventId, Instant occurredAt, String userId) implements UserEvent {

	public static UserDeleted of(String userId) {
		return new UserDeleted(UUID.randomUUID(), Instant.now(), userId);
	}

}
