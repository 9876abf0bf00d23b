package dev.moviestack.user.account;

/**
 * The account could not be stored here after Keycloak created it; the Keycloak account
 * was deleted again, so nothing of the attempt is left and the user may simply try again.
 */
public class SignUpFailedException extends RuntimeException {

	public SignUpFailedException(Throwable cause) {
		super("The account could not be stored; nothing was kept, please try again", cause);
	}

}
