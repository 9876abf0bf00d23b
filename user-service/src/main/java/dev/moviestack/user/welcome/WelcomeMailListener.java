package dev.moviestack.user.welcome;

import dev.moviestack.contract.user.UserEvent;
import dev.moviestack.contract.user.UserRegistered;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the account events on {@value UserEvent#TOPIC}. Only {@link UserRegistered}
 * matters here; this service's own data of a deleted user is gone before the event is
 * even sent. The record's JSON becomes a {@link UserEvent} through the message converter
 * that spring-modulith-events-kafka registers (the type property picks the subtype); a
 * record it cannot read is not retried.
 */
@Component
class WelcomeMailListener {

	private final WelcomeMails mails;

	WelcomeMailListener(WelcomeMails mails) {
		this.mails = mails;
	}

	@KafkaListener(id = "welcome-mail", topics = UserEvent.TOPIC, groupId = "${moviestack.welcome.consumer-group}")
	void on(UserEvent event) {
		if (event instanceof UserRegistered registered) {
			this.mails.welcome(registered);
		}
	}

}
