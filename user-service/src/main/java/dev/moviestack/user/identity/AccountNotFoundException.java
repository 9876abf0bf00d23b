package dev.moviestack.user.identity;

/** No account has this id. */
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(String id) {
		super("No account with id " + id);
	}

}
