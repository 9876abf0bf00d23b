package dev.moviestack.rating.user;

import dev.moviestack.contract.user.UserDeleted;
import dev.moviestack.contract.user.UserEvent;
import dev.moviestack.contract.user.UserRegistered;
import dev.moviestack.rating.ratings.RatingErasure;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases a deleted user's ratings. Redelivery is harmless: the second erasure finds no
 * ratings and publishes nothing.
 */
@Component
class UserEventsListener {

	private final RatingErasure erasure;

	UserEventsListener(RatingErasure erasure) {
		this.erasure = erasure;
	}

	@KafkaListener(id = "rating-user-lifecycle", idIsGroup = false, topics = UserEvent.TOPIC)
	void on(UserEvent event) {
		switch (event) {
			case UserDeleted deleted -> this.erasure.eraseUser(deleted.userId());
			case UserRegistered registered -> {
				// nothing to keep: ratings need no profile
			}
		}
	}

}
