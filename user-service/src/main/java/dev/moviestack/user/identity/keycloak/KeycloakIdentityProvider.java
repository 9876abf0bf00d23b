package dev.moviestack.user.identity.keycloak;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.moviestack.user.identity.Account;
import dev.moviestack.user.identity.AccountAlreadyExistsException;
import dev.moviestack.user.identity.AccountNotFoundException;
import dev.moviestack.user.identity.AccountPage;
import dev.moviestack.user.identity.AccountSearch;
import dev.moviestack.user.identity.IdentityProvider;
import dev.moviestack.user.identity.IdentityProviderUnavailableException;
import dev.moviestack.user.identity.InvalidAccountException;
import dev.moviestack.user.identity.NewAccount;

/**
 * {@link IdentityProvider} on the Keycloak admin REST API. Translates the admin client's
 * JAX-RS exceptions into the identity package's exceptions, so that no caller sees
 * Keycloak types.
 */
class KeycloakIdentityProvider implements IdentityProvider {

	private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityProvider.class);

	private final RealmResource realm;

	KeycloakIdentityProvider(RealmResource realm) {
		this.realm = realm;
	}

	@Override
	public String create(NewAccount account) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(account.username());
		user.setEmail(account.email());
		// sign-up does not verify the address yet (no verification mail flow); see README
		user.setEmailVerified(true);
		user.setFirstName(account.firstName());
		user.setLastName(account.lastName());
		user.setEnabled(true);
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(account.password());
		password.setTemporary(false);
		user.setCredentials(List.of(password));

		String id = call("create an account", () -> {
			try (Response response = users().create(user)) {
				return switch (response.getStatus()) {
					case 201 -> CreatedResponseUtil.getCreatedId(response);
					case 409 -> throw new AccountAlreadyExistsException(duplicateMessage(errorMessage(response)));
					case 400 -> throw new InvalidAccountException(
							"The identity provider rejected the account: " + errorMessage(response));
					default -> throw new WebApplicationException(response.getStatus());
				};
			}
		});
		try {
			grantUserRole(id);
		}
		catch (RuntimeException ex) {
			// an account without its role must not stay behind
			deleteQuietly(id);
			throw ex;
		}
		return id;
	}

	@Override
	public Optional<Account> find(String id) {
		return call("read an account", () -> {
			try {
				return Optional.of(toAccount(users().get(id).toRepresentation()));
			}
			catch (NotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	@Override
	public AccountPage search(AccountSearch search, int page, int size) {
		return call("search accounts", () -> {
			List<Account> accounts = users()
				.search(search.username(), null, null, search.email(), page * size, size, null, true)
				.stream()
				.map(KeycloakIdentityProvider::toAccount)
				.toList();
			Integer total = users().count(null, null, search.email(), search.username());
			return new AccountPage(accounts, (total != null) ? total : accounts.size());
		});
	}

	@Override
	public void setEnabled(String id, boolean enabled) {
		call(enabled ? "enable an account" : "disable an account", () -> {
			UserResource user = users().get(id);
			UserRepresentation representation;
			try {
				representation = user.toRepresentation();
			}
			catch (NotFoundException ex) {
				throw new AccountNotFoundException(id);
			}
			// the full representation: with the user profile, fields left out may be
			// cleared
			representation.setEnabled(enabled);
			user.update(representation);
			if (!enabled) {
				// ends the sessions: no refresh token of the account works any more
				user.logout();
			}
			return null;
		});
	}

	@Override
	public void delete(String id) {
		call("delete an account", () -> {
			try (Response response = users().delete(id)) {
				int status = response.getStatus();
				if (status != 204 && status != 404) {
					throw new WebApplicationException(status);
				}
				return null;
			}
		});
	}

	/**
	 * Maps the realm role {@value #USER_ROLE} directly (new accounts also get it through
	 * the realm's default roles; mapping it directly keeps it if those change). The role
	 * is looked up among the user's mappable roles: reading realm roles by name needs
	 * view-realm, which the service account does not have.
	 */
	private void grantUserRole(String id) {
		call("grant the user role", () -> {
			RoleScopeResource realmRoles = users().get(id).roles().realmLevel();
			Optional<RoleRepresentation> role = realmRoles.listAvailable()
				.stream()
				.filter((candidate) -> USER_ROLE.equals(candidate.getName()))
				.findFirst();
			if (role.isPresent()) {
				realmRoles.add(List.of(role.get()));
			}
			else if (realmRoles.listAll().stream().noneMatch((mapped) -> USER_ROLE.equals(mapped.getName()))) {
				throw new WebApplicationException("The realm has no role " + USER_ROLE, 500);
			}
			return null;
		});
	}

	private void deleteQuietly(String id) {
		try {
			delete(id);
		}
		catch (RuntimeException ex) {
			log.error("Could not delete Keycloak account {} after a failed sign-up; delete it by hand", id, ex);
		}
	}

	private UsersResource users() {
		return this.realm.users();
	}

	private static <T> T call(String action, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (WebApplicationException ex) {
			throw new IdentityProviderUnavailableException(
					"Keycloak failed to " + action + ": HTTP " + ex.getResponse().getStatus(), ex);
		}
		catch (ProcessingException ex) {
			throw new IdentityProviderUnavailableException(
					"Keycloak could not be reached to " + action + ": " + rootMessage(ex), ex);
		}
	}

	private static Account toAccount(UserRepresentation user) {
		Long created = user.getCreatedTimestamp();
		return new Account(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(),
				Boolean.TRUE.equals(user.isEnabled()), Boolean.TRUE.equals(user.isEmailVerified()),
				(created != null) ? Instant.ofEpochMilli(created) : null);
	}

	private static String errorMessage(Response response) {
		try {
			Map<?, ?> body = response.readEntity(Map.class);
			Object message = (body != null) ? body.get("errorMessage") : null;
			return (message != null) ? message.toString() : "HTTP " + response.getStatus();
		}
		catch (RuntimeException ex) {
			return "HTTP " + response.getStatus();
		}
	}

	private static String duplicateMessage(String keycloakMessage) {
		String message = keycloakMessage.toLowerCase(Locale.ROOT);
		if (message.contains("email")) {
			return "An account with this e-mail address already exists";
		}
		if (message.contains("username")) {
			return "This username is already taken";
		}
		return "An account with this username or e-mail address already exists";
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
