package dev.moviestack.tools.movielens.platform;

/**
 * The import cannot go on: the platform is unreachable, refuses us, or answers nonsense.
 */
public class PlatformException extends RuntimeException {

	public PlatformException(String message) {
		super(message);
	}

	public PlatformException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Keycloak refused the credentials, or the account may not import. */
	public static class AuthenticationFailed extends PlatformException {

		public AuthenticationFailed(String message) {
			super(message);
		}

	}

}
