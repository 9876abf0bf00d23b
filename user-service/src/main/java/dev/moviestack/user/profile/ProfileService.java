package dev.moviestack.user.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.contract.user.UserDeleted;
import dev.moviestack.user.erasure.ErasedAccounts;
import dev.moviestack.user.profile.persistence.ProfileEntity;
import dev.moviestack.user.profile.persistence.ProfileRepository;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads, makes, changes and deletes profiles. */
@Service
public class ProfileService {

	/**
	 * The profile is deleted before the other data of an erased user: deleting it waits
	 * for any transaction that {@link #existsAndHold holds} it, so what that transaction
	 * wrote is visible to the deletions after it.
	 */
	public static final int ERASE_PROFILE_FIRST = 0;

	private final ProfileRepository repository;

	private final ErasedAccounts erasedAccounts;

	private final Clock clock;

	ProfileService(ProfileRepository repository, ErasedAccounts erasedAccounts, Clock clock) {
		this.repository = repository;
		this.erasedAccounts = erasedAccounts;
		this.clock = clock;
	}

	/**
	 * Makes the profile of an account that just signed up. Runs in the caller's
	 * transaction, which also publishes {@code UserRegistered}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Profile register(String userId, String username, String email, String displayName) {
		ProfileEntity entity = new ProfileEntity(userId, username, email, displayName, now());
		return toProfile(this.repository.saveAndFlush(entity));
	}

	/**
	 * The caller's profile, made from the token's claims if the caller never signed up
	 * through MovieStack.
	 * @throws ProfileErasedException if the account was erased
	 */
	@Transactional
	public Profile current(TokenIdentity identity) {
		return toProfile(loadOrCreate(identity));
	}

	/** Applies a partial update to the caller's profile (made first if need be). */
	@Transactional
	public Profile update(TokenIdentity identity, ProfileChanges changes) {
		ProfileEntity entity = loadOrCreate(identity);
		boolean changed = false;
		if (changes.displayName() != null && !changes.displayName().equals(entity.getDisplayName())) {
			entity.setDisplayName(changes.displayName());
			changed = true;
		}
		if (changes.favouriteGenres() != null) {
			List<String> genres = toNames(changes.favouriteGenres());
			if (!genres.equals(entity.getFavouriteGenres())) {
				entity.setFavouriteGenres(genres);
				changed = true;
			}
		}
		if (changed) {
			entity.setUpdatedAt(now());
			entity = this.repository.saveAndFlush(entity);
		}
		return toProfile(entity);
	}

	@Transactional(readOnly = true)
	public Optional<Profile> find(String userId) {
		return this.repository.findById(userId).map(ProfileService::toProfile);
	}

	/** The profiles of those users that have one, by user id. */
	@Transactional(readOnly = true)
	public Map<String, Profile> findAll(Collection<String> userIds) {
		return this.repository.findAllById(userIds)
			.stream()
			.map(ProfileService::toProfile)
			.collect(Collectors.toMap(Profile::userId, Function.identity()));
	}

	@Transactional(readOnly = true)
	public boolean exists(String userId) {
		return this.repository.existsById(userId);
	}

	/**
	 * Whether the user has a profile; if so, the profile cannot be erased before the
	 * caller's transaction ends, so that whatever the caller records about the user in it
	 * is either seen and deleted by the erasure, or never written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean existsAndHold(String userId) {
		return !this.repository.lockForShare(userId).isEmpty();
	}

	/**
	 * Mirrors the account's state in Keycloak; a user without a profile is left alone.
	 */
	@Transactional
	public void setEnabled(String userId, boolean enabled) {
		this.repository.updateEnabled(userId, enabled);
	}

	/**
	 * Deletes the profile in the transaction that publishes {@link UserDeleted}: the
	 * profile goes if and only if the event is sent.
	 */
	@EventListener
	@Order(ERASE_PROFILE_FIRST)
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UserDeleted event) {
		this.repository.deleteByUserId(event.userId());
	}

	/** To the microsecond, as PostgreSQL stores it: an answer and a later read agree. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private ProfileEntity loadOrCreate(TokenIdentity identity) {
		Optional<ProfileEntity> existing = this.repository.findById(identity.userId());
		if (existing.isPresent()) {
			return existing.get();
		}
		if (this.erasedAccounts.isErased(identity.userId())) {
			throw new ProfileErasedException();
		}
		this.repository.insertIfAbsent(identity.userId(), identity.usernameOrId(), identity.email(),
				identity.displayName(), now());
		return this.repository.findById(identity.userId())
			.orElseThrow(() -> new IllegalStateException("Profile of " + identity.userId() + " vanished"));
	}

	private static List<String> toNames(Set<Genre> genres) {
		Set<Genre> ordered = genres.isEmpty() ? EnumSet.noneOf(Genre.class) : EnumSet.copyOf(genres);
		return ordered.stream().map(Genre::name).toList();
	}

	private static Profile toProfile(ProfileEntity entity) {
		List<Genre> genres = entity.getFavouriteGenres()
			.stream()
			.map(ProfileService::genre)
			.filter(Objects::nonNull)
			.toList();
		return new Profile(entity.getUserId(), entity.getUsername(), entity.getEmail(), entity.getDisplayName(), genres,
				entity.isEnabled(), entity.getCreatedAt(), entity.getUpdatedAt(), entity.getLastSeen());
	}

	private static @Nullable Genre genre(String name) {
		try {
			return Genre.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			// a genre the catalog dropped: ignore rather than fail the whole profile
			return null;
		}
	}

}
