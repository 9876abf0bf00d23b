package dev.moviestack.user.account;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.moviestack.user.identity.Account;
import dev.moviestack.user.profile.Profile;

/**
 * An account with its profile, if the user has one yet.
 *
 * @param account the account in Keycloak
 * @param profile the profile, {@code null} for a user who never called the API
 */
public record ManagedAccount(Account account, @Nullable Profile profile) {

	/** A page of accounts and the number of all that match. */
	public record Page(List<ManagedAccount> accounts, long total) {

	}

}
