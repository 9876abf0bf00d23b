package dev.moviestack.user.erasure;

/**
 * The user's data is erased and {@code UserDeleted} is on its way, but the Keycloak
 * account could not be deleted yet. A scheduled job keeps trying; repeating the request
 * is safe.
 */
public class ErasurePendingException extends RuntimeException {

	public ErasurePendingException(Throwable cause) {
		super("Your data has been erased, but removing your login failed; it is retried automatically, "
				+ "and repeating this request is safe", cause);
	}

}
