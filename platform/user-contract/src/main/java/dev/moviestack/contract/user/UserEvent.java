package dev.moviestack.contract.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.moviestack.platform.events.DomainEvent;

/** Account lifecycle. {@code userId} is the Keycloak subject ({@code sub} claim). */
// tolerant reader: a consumer built against an older contract ignores fields added later
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = UserRegistered.class, name = "UserRegistered"),
		@JsonSubTypes.Type(value = UserDeleted.class, name = "UserDeleted") })
public sealed interface UserEvent extends DomainEvent permits UserRegistered, UserDeleted {

	/** Kafka topic, keyed by user id. */
	String TOPIC = "user.user.v1";

	String userId();

	@Override
	default String subject() {
		return userId();
	}

}
