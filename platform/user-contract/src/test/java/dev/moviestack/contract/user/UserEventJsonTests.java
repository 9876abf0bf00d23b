package dev.moviestack.contract.user;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON of the user events as it travels on {@value UserEvent#TOPIC}: consumers
 * (rating-service, user-service's welcome mail) read it into {@link UserEvent} and rely
 * on every field here. Changes must stay additive.
 */
class UserEventJsonTests {

	private static final UUID EVENT_ID = UUID.fromString("0b8f3a52-5a8e-4c36-9d0e-6a0f7d1c2b3a");

	private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void userDeletedAsTheOutboxWritesIt() {
		String written = this.json.writeValueAsString(new UserDeleted(EVENT_ID, AT, "user-1"));

		assertThat(this.json.readTree(written)).isEqualTo(this.json.readTree("""
				{"type": "UserDeleted", "eventId": "0b8f3a52-5a8e-4c36-9d0e-6a0f7d1c2b3a",
				 "occurredAt": "2026-11-30T10:15:00Z", "userId": "user-1"}"""));
	}

	@Test
	void userRegisteredAsTheOutboxWritesIt() {
		String written = this.json
			.writeValueAsString(new UserRegistered(EVENT_ID, AT, "user-1", "neo", "neo@example.com", "Neo"));

		assertThat(this.json.readTree(written)).isEqualTo(this.json.readTree("""
				{"type": "UserRegistered", "eventId": "0b8f3a52-5a8e-4c36-9d0e-6a0f7d1c2b3a",
				 "occurredAt": "2026-11-30T10:15:00Z", "userId": "user-1", "username": "neo",
				 "email": "neo@example.com", "displayName": "Neo"}"""));
	}

	@Test
	void aConsumerReadsEitherIntoTheSealedInterface() {
		UserEvent deleted = this.json.readValue("""
				{"type": "UserDeleted", "eventId": "0b8f3a52-5a8e-4c36-9d0e-6a0f7d1c2b3a",
				 "occurredAt": "2026-11-30T10:15:00Z", "userId": "user-1"}""", UserEvent.class);
		UserEvent registered = this.json.readValue("""
				{"type": "UserRegistered", "eventId": "0b8f3a52-5a8e-4c36-9d0e-6a0f7d1c2b3a",
				 "occurredAt": "2026-11-30T10:15:00Z", "userId": "user-1", "username": "neo",
				 "email": "neo@example.com", "displayName": "Neo"}""", UserEvent.class);

		assertThat(deleted).isEqualTo(new UserDeleted(EVENT_ID, AT, "user-1"));
		assertThat(registered).isEqualTo(new UserRegistered(EVENT_ID, AT, "user-1", "neo", "neo@example.com", "Neo"));
	}

	@Test
	void aConsumerIgnoresFieldsAddedByANewerPublisher() {
		JsonMapper strict = JsonMapper.builder()
			.enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();

		UserEvent event = strict.readValue("""
				{"type": "UserDeleted", "eventId": "0b8f3a52-5a8e-4c36-9d0e-6a0f7d1c2b3a",
				 "occurredAt": "2026-11-30T10:15:00Z", "userId": "user-1", "reason": "added later"}""",
				UserEvent.class);

		assertThat(event).isEqualTo(new UserDeleted(EVENT_ID, AT, "user-1"));
	}

	@Test
	void theCloudEventsAttributesComeFromTheEvent() {
		UserDeleted deleted = new UserDeleted(EVENT_ID, AT, "user-1");

		assertThat(deleted.eventType()).isEqualTo("dev.moviestack.user.deleted.v1");
		assertThat(deleted.subject()).isEqualTo("user-1");
		assertThat(new UserRegistered(EVENT_ID, AT, "user-1", "neo", "neo@example.com", "Neo").eventType())
			.isEqualTo("dev.moviestack.user.registered.v1");
	}

}
