package dev.moviestack.user.account;

import java.util.List;
import java.util.Map;

import dev.moviestack.user.identity.Account;
import dev.moviestack.user.identity.AccountNotFoundException;
import dev.moviestack.user.identity.AccountPage;
import dev.moviestack.user.identity.AccountSearch;
import dev.moviestack.user.identity.IdentityProvider;
import dev.moviestack.user.profile.Profile;
import dev.moviestack.user.profile.ProfileService;
import org.springframework.stereotype.Service;

/**
 * What administrators do with accounts. Keycloak is the source of truth for accounts
 * (including those that never signed up through MovieStack); profiles are added where
 * they exist.
 */
@Service
public class AccountAdministration {

	private final IdentityProvider identityProvider;

	private final ProfileService profiles;

	AccountAdministration(IdentityProvider identityProvider, ProfileService profiles) {
		this.identityProvider = identityProvider;
		this.profiles = profiles;
	}

	public ManagedAccount.Page list(AccountSearch search, int page, int size) {
		AccountPage accounts = this.identityProvider.search(search, page, size);
		Map<String, Profile> profilesById = this.profiles
			.findAll(accounts.accounts().stream().map(Account::id).toList());
		List<ManagedAccount> managed = accounts.accounts()
			.stream()
			.map((account) -> new ManagedAccount(account, profilesById.get(account.id())))
			.toList();
		return new ManagedAccount.Page(managed, accounts.total());
	}

	/**
	 * @throws AccountNotFoundException if there is no such account
	 */
	public ManagedAccount get(String id) {
		Account account = this.identityProvider.find(id).orElseThrow(() -> new AccountNotFoundException(id));
		return new ManagedAccount(account, this.profiles.find(id).orElse(null));
	}

	/**
	 * Enables or disables login in Keycloak, then mirrors the state in the profile.
	 * Idempotent; repeating it also repairs a profile that missed the change.
	 * @param administratorId who asks: an administrator cannot disable themselves
	 */
	public ManagedAccount setEnabled(String administratorId, String id, boolean enabled) {
		if (!enabled && administratorId.equals(id)) {
			throw new OwnAccountException();
		}
		this.identityProvider.setEnabled(id, enabled);
		this.profiles.setEnabled(id, enabled);
		return get(id);
	}

}
