package dev.moviestack.user.account;

/** An administrator tried to lock themselves out. */
public class OwnAccountException extends RuntimeException {

	public OwnAccountException() {
		super("You cannot disable your own account");
	}

}
