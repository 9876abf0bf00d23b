package dev.moviestack.contract.user;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/** A person signed up; the account exists in Keycloak and has a profile. */
@EventType("dev.moviestack.user.registered")
@Externalized(UserEvent.TOPIC + "::#{#this.userId()}")
public record UserRegistered(UUID eventId, Instant occurredAt, String userId, String username, String email,
		String displayName) implements UserEvent {

	public static UserRegistered of(String userId, String username, String email, String displayName) {
		return new UserRegistered(UUID.randomUUID(), Instant.now(), userId, username, email, displayName);
	}

}
