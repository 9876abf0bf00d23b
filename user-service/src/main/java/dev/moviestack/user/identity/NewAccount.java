package dev.moviestack.user.identity;

/**
 * An account to create. The provider needs first and last name as well as the e-mail, or
 * a password login fails with "Account is not fully set up".
 */
public record NewAccount(String username, String email, String firstName, String lastName, String password) {

	@Override
	public String toString() {
		// never log the password
		return "NewAccount[username=" + this.username + ", email=" + this.email + "]";
	}

}
