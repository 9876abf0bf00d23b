package dev.moviestack.user.account;

import java.util.List;

/** The password breaks the {@link PasswordPolicy}. */
public class WeakPasswordException extends RuntimeException {

	private final List<String> violations;

	public WeakPasswordException(List<String> violations) {
		super("The password is not acceptable: " + String.join("; ", violations));
		this.violations = List.copyOf(violations);
	}

	public List<String> violations() {
		return this.violations;
	}

}
