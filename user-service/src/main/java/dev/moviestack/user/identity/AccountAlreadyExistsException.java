package dev.moviestack.user.identity;

/** The username or the e-mail address already belongs to another account. */
public class AccountAlreadyExistsException extends RuntimeException {

	public AccountAlreadyExistsException(String message) {
		super(message);
	}

}
