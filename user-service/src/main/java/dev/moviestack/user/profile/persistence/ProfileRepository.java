package dev.moviestack.user.profile.persistence;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ProfileRepository extends JpaRepository<ProfileEntity, String> {

	/**
	 * Inserts a profile unless one exists: two first requests of a new user at once both
	 * end with the same single profile.
	 * @return 1 if this call made the profile, 0 if it existed
	 */
	@Modifying
	@Query(value = """
			INSERT INTO user_profile (user_id, username, email, display_name, enabled, created_at, updated_at,
			                          last_seen, version)
			VALUES (:userId, :username, :email, :displayName, TRUE, :now, :now, :now, 0)
			ON CONFLICT (user_id) DO NOTHING
			""", nativeQuery = true)
	int insertIfAbsent(@Param("userId") String userId, @Param("username") String username,
			@Param("email") @Nullable String email, @Param("displayName") String displayName,
			@Param("now") Instant now);

	/**
	 * Sets {@code last_seen} unless it is newer than {@code staleBefore}: across
	 * instances, at most one write per interval and user reaches the row.
	 */
	@Transactional
	@Modifying
	@Query("""
			update ProfileEntity p set p.lastSeen = :now
			where p.userId = :userId and (p.lastSeen is null or p.lastSeen < :staleBefore)
			""")
	int touchLastSeen(@Param("userId") String userId, @Param("now") Instant now,
			@Param("staleBefore") Instant staleBefore);

	/**
	 * Share-locks the profile row until the transaction ends: an erasure, which deletes
	 * the row, waits for that transaction (and vice versa).
	 * @return the user id if the profile exists
	 */
	@Query(value = "SELECT user_id FROM user_profile WHERE user_id = :userId FOR SHARE", nativeQuery = true)
	List<String> lockForShare(@Param("userId") String userId);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update ProfileEntity p set p.enabled = :enabled where p.userId = :userId")
	int updateEnabled(@Param("userId") String userId, @Param("enabled") boolean enabled);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("delete from ProfileEntity p where p.userId = :userId")
	int deleteByUserId(@Param("userId") String userId);

}
