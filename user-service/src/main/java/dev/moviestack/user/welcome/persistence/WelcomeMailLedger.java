package dev.moviestack.user.welcome.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code welcome_mail}: the accounts that got their welcome e-mail. The primary key on
 * the user id is what makes the mail one per account.
 */
@Repository
public class WelcomeMailLedger {

	private final JdbcClient jdbc;

	WelcomeMailLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the mail of this account for the current transaction. A concurrent claim of
	 * the same account waits for this transaction: if it commits, the other gets false;
	 * if it rolls back, the other gets the claim.
	 * @return true if the caller is to send the mail
	 */
	public boolean claim(String userId, UUID eventId, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO welcome_mail (user_id, event_id, sent_at) VALUES (:userId, :eventId, :now)
				ON CONFLICT (user_id) DO NOTHING
				""").param("userId", userId).param("eventId", eventId).param("now", Timestamp.from(now)).update() == 1;
	}

	public boolean isSent(String userId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM welcome_mail WHERE user_id = :userId)")
			.param("userId", userId)
			.query(Boolean.class)
			.single();
	}

	public void forget(String userId) {
		this.jdbc.sql("DELETE FROM welcome_mail WHERE user_id = :userId").param("userId", userId).update();
	}

}
