package dev.moviestack.rating.movie;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dev.moviestack.contract.catalog.MovieSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code known_movie} table: live movies and tombstones. */
@Repository
class KnownMovies implements MovieCatalog {

	private final JdbcClient jdbc;

	KnownMovies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the snapshot unless a newer version or a tombstone is already there.
	 * @return whether anything changed
	 */
	boolean upsert(MovieSnapshot movie, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO known_movie (movie_id, title, release_year, version, deleted, updated_at)
				VALUES (:id, :title, :year, :version, FALSE, :now)
				ON CONFLICT (movie_id) DO UPDATE
				SET title = excluded.title, release_year = excluded.release_year, version = excluded.version,
				    updated_at = excluded.updated_at
				WHERE NOT known_movie.deleted AND known_movie.version < excluded.version
				""")
			.param("id", movie.id())
			.param("title", movie.title())
			.param("year", movie.releaseYear())
			.param("version", movie.version())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Turns the movie into a tombstone (or writes one for a movie never seen).
	 * @return whether the movie was live or unknown before, that is whether its ratings
	 * must go now
	 */
	boolean markDeleted(MovieSnapshot movie, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO known_movie (movie_id, title, release_year, version, deleted, updated_at)
				VALUES (:id, :title, :year, :version, TRUE, :now)
				ON CONFLICT (movie_id) DO UPDATE
				SET deleted = TRUE, version = GREATEST(known_movie.version, excluded.version),
				    updated_at = excluded.updated_at
				WHERE NOT known_movie.deleted
				""")
			.param("id", movie.id())
			.param("title", movie.title())
			.param("year", movie.releaseYear())
			.param("version", movie.version())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean lockRateable(UUID movieId) {
		return this.jdbc.sql("SELECT movie_id FROM known_movie WHERE movie_id = ? AND NOT deleted FOR SHARE")
			.param(movieId)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<UUID> lockRateable(Collection<UUID> movieIds) {
		if (movieIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				SELECT movie_id FROM known_movie
				WHERE movie_id = ANY(?) AND NOT deleted
				ORDER BY movie_id
				FOR SHARE
				""").param(uuidArray(movieIds)).query(UUID.class).list());
	}

	static AbstractSqlTypeValue uuidArray(Collection<UUID> ids) {
		return new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(java.sql.Connection connection, int sqlType, String typeName)
					throws java.sql.SQLException {
				return connection.createArrayOf("uuid", ids.toArray());
			}
		};
	}

}
