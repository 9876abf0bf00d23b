package dev.moviestack.user.erasure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code account_erasure}: one row per erased account. It says that the profile and the
 * event are done, and whether the Keycloak account is gone yet. Rows hold nothing but the
 * user id and are purged once the login is gone and no token of it can still be valid.
 */
@Repository
public class ErasureLedger {

	private final JdbcClient jdbc;

	ErasureLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return true if this call opened the erasure, false if it was already open
	 */
	public boolean open(String userId, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO account_erasure (user_id, requested_at) VALUES (:userId, :now)
				ON CONFLICT (user_id) DO NOTHING
				""").param("userId", userId).param("now", Timestamp.from(now)).update() == 1;
	}

	public boolean exists(String userId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM account_erasure WHERE user_id = :userId)")
			.param("userId", userId)
			.query(Boolean.class)
			.single();
	}

	public void markLoginDeleted(String userId, Instant now) {
		this.jdbc.sql("""
				UPDATE account_erasure SET login_deleted_at = :now, last_error = NULL
				WHERE user_id = :userId AND login_deleted_at IS NULL
				""").param("userId", userId).param("now", Timestamp.from(now)).update();
	}

	public void recordFailure(String userId, String error) {
		this.jdbc.sql("""
				UPDATE account_erasure SET attempts = attempts + 1, last_error = :error WHERE user_id = :userId
				""").param("userId", userId).param("error", error).update();
	}

	public boolean isLoginDeleted(String userId) {
		return this.jdbc.sql(
				"SELECT EXISTS (SELECT 1 FROM account_erasure WHERE user_id = :userId AND login_deleted_at IS NOT NULL)")
			.param("userId", userId)
			.query(Boolean.class)
			.single();
	}

	/** Erasures whose login still exists, oldest first. */
	public List<String> pending(Instant requestedBefore, int limit) {
		return this.jdbc.sql("""
				SELECT user_id FROM account_erasure
				WHERE login_deleted_at IS NULL AND requested_at < :before
				ORDER BY requested_at LIMIT :limit
				""").param("before", Timestamp.from(requestedBefore)).param("limit", limit).query(String.class).list();
	}

	/**
	 * @return how many finished erasures were forgotten
	 */
	public int purgeFinishedBefore(Instant before) {
		return this.jdbc.sql("DELETE FROM account_erasure WHERE login_deleted_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

}
