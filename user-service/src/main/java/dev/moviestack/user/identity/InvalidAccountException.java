package dev.moviestack.user.identity;

/** The identity provider rejected a value of a new account (its own validation). */
public class InvalidAccountException extends RuntimeException {

	public InvalidAccountException(String message) {
		super(message);
	}

}
