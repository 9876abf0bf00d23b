package dev.moviestack.user.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.moviestack.contract.user.UserDeleted;
import dev.moviestack.user.erasure.persistence.ErasureLedger;
import dev.moviestack.user.identity.IdentityProvider;
import dev.moviestack.user.identity.IdentityProviderUnavailableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases an account in two steps.
 * <ol>
 * <li>One local transaction opens the erasure in the ledger and publishes
 * {@link UserDeleted} through the outbox; the profile and the sent-mail record are
 * deleted by their modules' listeners in that same transaction. From its commit on, the
 * erasure cannot be lost: the outbox delivers the event, and the ledger remembers the
 * login still to delete.</li>
 * <li>The Keycloak account is deleted (idempotent: an account already gone counts as
 * deleted). If Keycloak fails, the caller gets a 503, a token issued before cannot bring
 * the profile back (the ledger blocks it), and {@link #retryPendingLogins()} deletes the
 * account later.</li>
 * </ol>
 * The other order (Keycloak first) could leave data behind for good: once the login is
 * gone, the user can never ask again.
 */
@Service
public class AccountErasure {

	private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

	private final ErasureLedger ledger;

	private final IdentityProvider identityProvider;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration retention;

	AccountErasure(ErasureLedger ledger, IdentityProvider identityProvider, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${moviestack.erasure.ledger-retention:24h}") Duration retention) {
		this.ledger = ledger;
		this.identityProvider = identityProvider;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * Erases the account and everything this service holds about it. Safe to repeat.
	 * @throws ErasurePendingException if the data is gone but the login is not yet
	 */
	public void erase(String userId) {
		Boolean opened = this.transactions.execute((status) -> {
			boolean first = this.ledger.open(userId, this.clock.instant());
			if (first) {
				this.events.publishEvent(UserDeleted.of(userId));
			}
			return first;
		});
		log.info("Erasure of {} {}", userId, Boolean.TRUE.equals(opened) ? "started" : "repeated");
		try {
			deleteLogin(userId);
		}
		catch (IdentityProviderUnavailableException ex) {
			throw new ErasurePendingException(ex);
		}
	}

	/** Deletes the logins of erasures that Keycloak failed before. */
	public void retryPendingLogins() {
		for (String userId : this.ledger.pending(this.clock.instant(), 100)) {
			try {
				deleteLogin(userId);
				log.info("Deleted the login of erased account {} on retry", userId);
			}
			catch (IdentityProviderUnavailableException ex) {
				// the next run tries again; the rest would most likely fail the same way
				return;
			}
		}
		int purged = this.ledger.purgeFinishedBefore(this.clock.instant().minus(this.retention));
		if (purged > 0) {
			log.debug("Forgot {} finished erasures", purged);
		}
	}

	private void deleteLogin(String userId) {
		try {
			this.identityProvider.delete(userId);
		}
		catch (IdentityProviderUnavailableException ex) {
			log.warn("Deleting the login of erased account {} failed, will retry: {}", userId, ex.getMessage());
			this.ledger.recordFailure(userId, ex.getMessage());
			throw ex;
		}
		Instant now = this.clock.instant();
		this.ledger.markLoginDeleted(userId, now);
	}

}
