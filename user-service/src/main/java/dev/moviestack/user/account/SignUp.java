package dev.moviestack.user.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A request for an account, normalised: username and e-mail in lower case (Keycloak
 * stores them so), names trimmed.
 */
public record SignUp(String username, String email, String password, String displayName, @Nullable String firstName,
		@Nullable String lastName) {

	public SignUp {
		username = username.strip().toLowerCase(Locale.ROOT);
		email = email.strip().toLowerCase(Locale.ROOT);
		displayName = displayName.strip();
		firstName = (firstName != null) ? firstName.strip() : null;
		lastName = (lastName != null) ? lastName.strip() : null;
	}

	@Override
	public String toString() {
		return "SignUp[username=" + this.username + ", email=" + this.email + "]";
	}

}
