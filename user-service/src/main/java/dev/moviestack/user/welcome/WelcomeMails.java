package dev.moviestack.user.welcome;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.moviestack.contract.user.UserDeleted;
import dev.moviestack.contract.user.UserRegistered;
import dev.moviestack.user.profile.ProfileService;
import dev.moviestack.user.welcome.persistence.WelcomeMailLedger;
import dev.moviestack.user.welcome.smtp.WelcomeMailer;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One welcome e-mail per account, however often {@code UserRegistered} arrives.
 * <p>
 * Claim, send and commit happen in one transaction, which also holds the profile so that
 * an erasure cannot pass in between: the claim (a row keyed by user id) makes concurrent
 * and later deliveries of the event skip; a failed send rolls the claim back, and Kafka
 * redelivers. The one gap is a crash after the SMTP server took the mail and before the
 * commit: the event comes again and the mail goes out a second time. That is
 * at-least-once on purpose: a rare second welcome (with the same Message-ID) is better
 * than a lost one, which is what claiming in a separate transaction first (at-most-once)
 * would risk.
 */
@Service
public class WelcomeMails {

	private static final Logger log = LoggerFactory.getLogger(WelcomeMails.class);

	/** What became of one event. */
	public enum Outcome {

		SENT,
		/** the account has its mail already */
		ALREADY_SENT,
		/** no such profile here: erased meanwhile, or not an account of this service */
		NO_PROFILE

	}

	private final WelcomeMailLedger ledger;

	private final WelcomeMailer mailer;

	private final ProfileService profiles;

	private final Clock clock;

	WelcomeMails(WelcomeMailLedger ledger, WelcomeMailer mailer, ProfileService profiles, Clock clock) {
		this.ledger = ledger;
		this.mailer = mailer;
		this.profiles = profiles;
		this.clock = clock;
	}

	@Transactional
	public Outcome welcome(UserRegistered user) {
		if (!this.profiles.existsAndHold(user.userId())) {
			log.debug("No welcome mail for {}: no profile (erased, or not registered here)", user.userId());
			return Outcome.NO_PROFILE;
		}
		if (!this.ledger.claim(user.userId(), user.eventId(), this.clock.instant())) {
			log.info("Welcome mail of {} was sent before; event {} is a redelivery", user.userId(), user.eventId());
			return Outcome.ALREADY_SENT;
		}
		this.mailer.send(user);
		log.info("Sent the welcome mail of {}", user.userId());
		return Outcome.SENT;
	}

	/**
	 * Forgets the sent mail in the erasure's transaction, after the profile is gone (a
	 * mail being sent meanwhile has committed its record by then).
	 */
	@EventListener
	@Order(ProfileService.ERASE_PROFILE_FIRST + 1)
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UserDeleted event) {
		this.ledger.forget(event.userId());
	}

}
