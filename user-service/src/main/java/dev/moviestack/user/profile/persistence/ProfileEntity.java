package dev.moviestack.user.profile.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code user_profile}. Updates write only changed columns, so that a profile
 * change never overwrites the {@code last_seen} that a bulk update set meanwhile.
 */
@Entity
@Table(name = "user_profile")
@DynamicUpdate
public class ProfileEntity {

	@Id
	@Column(name = "user_id")
	private String userId;

	private String username;

	private @Nullable String email;

	@Column(name = "display_name")
	private String displayName;

	/** Names of {@code Genre} constants, in the catalog's order. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "favourite_genres", columnDefinition = "text[]")
	private List<String> favouriteGenres = new ArrayList<>();

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "last_seen")
	private @Nullable Instant lastSeen;

	@Version
	private @Nullable Long version;

	protected ProfileEntity() {
		// for JPA
		this.userId = "";
		this.username = "";
		this.displayName = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public ProfileEntity(String userId, String username, @Nullable String email, String displayName, Instant now) {
		this.userId = userId;
		this.username = username;
		this.email = email;
		this.displayName = displayName;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public String getUserId() {
		return this.userId;
	}

	public String getUsername() {
		return this.username;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public List<String> getFavouriteGenres() {
		return List.copyOf(this.favouriteGenres);
	}

	public void setFavouriteGenres(List<String> favouriteGenres) {
		this.favouriteGenres = new ArrayList<>(favouriteGenres);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public @Nullable Instant getLastSeen() {
		return this.lastSeen;
	}

}
