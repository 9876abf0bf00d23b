package dev.moviestack.user.profile;

/**
 * The account was erased; a token issued before the erasure must not bring its profile
 * back.
 */
public class ProfileErasedException extends RuntimeException {

	public ProfileErasedException() {
		super("This account has been erased");
	}

}
