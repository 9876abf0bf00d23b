package dev.moviestack.user.identity;

import java.util.Optional;

/**
 * The accounts of the identity provider. Every method either does what it says or throws
 * one of this package's exceptions; {@link IdentityProviderUnavailableException} means
 * the provider could not be reached or answered with an error, and the call may be
 * retried.
 */
public interface IdentityProvider {

	/** Realm role every MovieStack user has. */
	String USER_ROLE = "user";

	/**
	 * Creates an enabled account with a permanent password and the {@link #USER_ROLE}.
	 * @return the id of the new account (the {@code sub} of its tokens)
	 * @throws AccountAlreadyExistsException if the username or e-mail is taken
	 * @throws InvalidAccountException if the provider rejects a value
	 */
	String create(NewAccount account);

	Optional<Account> find(String id);

	AccountPage search(AccountSearch search, int page, int size);

	/**
	 * Enables or disables login. Disabling also ends the account's sessions, so that no
	 * refresh token works any more.
	 * @throws AccountNotFoundException if there is no such account
	 */
	void setEnabled(String id, boolean enabled);

	/**
	 * Deletes the account. Idempotent: an account that is already gone counts as deleted.
	 */
	void delete(String id);

}
