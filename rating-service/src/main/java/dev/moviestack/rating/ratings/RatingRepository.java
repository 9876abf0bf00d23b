package dev.moviestack.rating.ratings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.Rating;
import dev.moviestack.rating.ratings.domain.RatingKey;
import dev.moviestack.rating.ratings.domain.Stars;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code rating} table. Plain SQL: upserts, row locks and bulk writes are what this
 * service does, and JDBC batching keeps an import of 100,000 ratings quick.
 */
@Repository
class RatingRepository {

	private static final RowMapper<Rating> RATING = RatingRepository::rating;

	private final JdbcClient jdbc;

	RatingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Rating> find(String userId, UUID movieId) {
		return this.jdbc.sql("SELECT * FROM rating WHERE user_id = ? AND movie_id = ?")
			.params(userId, movieId)
			.query(RATING)
			.optional();
	}

	/** Reads and locks the rating until the transaction ends. */
	Optional<Rating> lock(String userId, UUID movieId) {
		return this.jdbc.sql("SELECT * FROM rating WHERE user_id = ? AND movie_id = ? FOR UPDATE")
			.params(userId, movieId)
			.query(RATING)
			.optional();
	}

	/**
	 * Reads and locks the existing ratings among {@code keys}, in key order so that two
	 * bulk writes never deadlock.
	 */
	Map<RatingKey, Rating> lockAll(Collection<RatingKey> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		List<RatingKey> sorted = keys.stream().sorted().toList();
		Map<RatingKey, Rating> found = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT r.* FROM rating r
				JOIN unnest(?, ?) AS k(user_id, movie_id) ON r.user_id = k.user_id AND r.movie_id = k.movie_id
				ORDER BY r.user_id, r.movie_id
				FOR UPDATE OF r
				""")
			.params(SqlArrays.of("text", sorted.stream().map(RatingKey::userId).toList()),
					SqlArrays.of("uuid", sorted.stream().map(RatingKey::movieId).toList()))
			.query(RATING)
			.list()
			.forEach((rating) -> found.put(rating.key(), rating));
		return found;
	}

	/**
	 * @return false when a concurrent transaction inserted the same key first
	 */
	boolean insertIfAbsent(Rating rating) {
		return this.jdbc.sql("""
				INSERT INTO rating (user_id, movie_id, stars, rated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (user_id, movie_id) DO NOTHING
				""")
			.params(rating.userId(), rating.movieId(), rating.stars().value(), Timestamp.from(rating.ratedAt()))
			.update() == 1;
	}

	void update(Rating rating) {
		this.jdbc.sql("UPDATE rating SET stars = ?, rated_at = ? WHERE user_id = ? AND movie_id = ?")
			.params(rating.stars().value(), Timestamp.from(rating.ratedAt()), rating.userId(), rating.movieId())
			.update();
	}

	/**
	 * Inserts or replaces every rating in one statement: the values travel as one array
	 * per column, which is far quicker than a JDBC batch of single-row inserts. The keys
	 * must be unique.
	 */
	void upsertAll(List<Rating> ratings) {
		if (ratings.isEmpty()) {
			return;
		}
		List<Rating> sorted = ratings.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
		this.jdbc.sql("""
				INSERT INTO rating (user_id, movie_id, stars, rated_at)
				SELECT * FROM unnest(?, ?, ?, ?)
				ON CONFLICT (user_id, movie_id) DO UPDATE SET stars = excluded.stars, rated_at = excluded.rated_at
				""")
			.params(SqlArrays.of("text", sorted.stream().map(Rating::userId).toList()),
					SqlArrays.of("uuid", sorted.stream().map(Rating::movieId).toList()),
					SqlArrays.of("numeric", sorted.stream().map((rating) -> rating.stars().value()).toList()),
					SqlArrays.of("timestamptz", sorted.stream().map((rating) -> rating.ratedAt().toString()).toList()))
			.update();
	}

	Optional<Rating> delete(String userId, UUID movieId) {
		return this.jdbc.sql("DELETE FROM rating WHERE user_id = ? AND movie_id = ? RETURNING *")
			.params(userId, movieId)
			.query(RATING)
			.optional();
	}

	List<Rating> deleteAllOfUser(String userId) {
		return this.jdbc.sql("DELETE FROM rating WHERE user_id = ? RETURNING *").param(userId).query(RATING).list();
	}

	List<Rating> deleteAllOfMovie(UUID movieId) {
		return this.jdbc.sql("DELETE FROM rating WHERE movie_id = ? RETURNING *").param(movieId).query(RATING).list();
	}

	/** The user's ratings, newest first, with the movie's title and year. */
	List<RatedMovie> pageOfUser(String userId, int page, int size) {
		return this.jdbc.sql("""
				SELECT r.movie_id, m.title, m.release_year, r.stars, r.rated_at
				FROM rating r JOIN known_movie m ON m.movie_id = r.movie_id
				WHERE r.user_id = ?
				ORDER BY r.rated_at DESC, r.movie_id
				LIMIT ? OFFSET ?
				""").params(userId, size, (long) page * size).query((rs, row) -> {
			Integer year = rs.getObject("release_year", Integer.class);
			return new RatedMovie(rs.getObject("movie_id", UUID.class), rs.getString("title"), year,
					Stars.of(rs.getBigDecimal("stars")), rs.getTimestamp("rated_at").toInstant());
		}).list();
	}

	long countOfUser(String userId) {
		return this.jdbc.sql("SELECT count(*) FROM rating WHERE user_id = ?").param(userId).query(Long.class).single();
	}

	private static Rating rating(ResultSet rs, int row) throws SQLException {
		BigDecimal stars = rs.getBigDecimal("stars");
		return new Rating(rs.getString("user_id"), rs.getObject("movie_id", UUID.class), Stars.of(stars),
				rs.getTimestamp("rated_at").toInstant());
	}

}
