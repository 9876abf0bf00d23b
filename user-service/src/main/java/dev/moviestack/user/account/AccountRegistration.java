package dev.moviestack.user.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.moviestack.contract.user.UserRegistered;
import dev.moviestack.user.identity.IdentityProvider;
import dev.moviestack.user.identity.NewAccount;
import dev.moviestack.user.profile.Profile;
import dev.moviestack.user.profile.ProfileService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up across two systems without a distributed transaction: the Keycloak account
 * first (it decides whether username and e-mail are free), then one local transaction for
 * the profile and {@code UserRegistered} (outbox). If the local transaction fails, the
 * Keycloak account is deleted again (compensation); if Keycloak fails, nothing was
 * written locally. Either way no half account stays behind.
 */
@Service
public class AccountRegistration {

	private static final Logger log = LoggerFactory.getLogger(AccountRegistration.class);

	private final IdentityProvider identityProvider;

	private final ProfileService profiles;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	AccountRegistration(IdentityProvider identityProvider, ProfileService profiles, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.identityProvider = identityProvider;
		this.profiles = profiles;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * @throws WeakPasswordException if the password breaks the policy
	 * @throws dev.moviestack.user.identity.AccountAlreadyExistsException if the username
	 * or e-mail is taken
	 * @throws dev.moviestack.user.identity.IdentityProviderUnavailableException if
	 * Keycloak failed (nothing is stored)
	 * @throws SignUpFailedException if the local write failed (the Keycloak account was
	 * deleted again)
	 */
	public Profile signUp(SignUp signUp) {
		List<String> violations = PasswordPolicy.violations(signUp.password(), signUp.username(), signUp.email());
		if (!violations.isEmpty()) {
			throw new WeakPasswordException(violations);
		}
		PersonName name = PersonName.of(signUp.firstName(), signUp.lastName(), signUp.displayName(), signUp.username());
		String userId = this.identityProvider.create(new NewAccount(signUp.username(), signUp.email(), name.firstName(),
				name.lastName(), signUp.password()));
		try {
			Profile profile = this.transactions.execute((status) -> {
				Profile registered = this.profiles.register(userId, signUp.username(), signUp.email(),
						signUp.displayName());
				this.events
					.publishEvent(UserRegistered.of(userId, signUp.username(), signUp.email(), signUp.displayName()));
				return registered;
			});
			if (profile == null) {
				throw new IllegalStateException("The sign-up transaction returned nothing");
			}
			log.info("Signed up {} as {}", signUp.username(), userId);
			return profile;
		}
		catch (RuntimeException ex) {
			compensate(userId, ex);
			throw new SignUpFailedException(ex);
		}
	}

	private void compensate(String userId, RuntimeException failure) {
		log.warn("Storing the sign-up of {} failed; deleting its Keycloak account again", userId, failure);
		try {
			this.identityProvider.delete(userId);
		}
		catch (RuntimeException ex) {
			// the account has no profile and no event; if its owner logs in, GET /me
			// makes a
			// profile from the token, so it is not lost, only unannounced
			log.error("Compensation failed: Keycloak account {} stays without a profile; delete it by hand", userId,
					ex);
			failure.addSuppressed(ex);
		}
	}

}
