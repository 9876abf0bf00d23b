package dev.moviestack.user.identity;

/**
 * The identity provider could not be reached, timed out or failed. Nothing is known to
 * have changed there unless the caller's contract says otherwise; retrying is safe.
 */
public class IdentityProviderUnavailableException extends RuntimeException {

	public IdentityProviderUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
