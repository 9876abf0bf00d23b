package dev.moviestack.rating.ratings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.RatingStatistics;
import dev.moviestack.rating.ratings.domain.Stars;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code movie_rating_statistics} table. */
@Repository
class StatisticsRepository {

	private static final int WRITE_BATCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	StatisticsRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * Reads and locks the statistics of each movie, creating empty ones where none exist
	 * yet. Locks in id order, like every writer, so that writers never deadlock.
	 */
	Map<UUID, RatingStatistics> lockAll(Collection<UUID> movieIds, Instant now) {
		if (movieIds.isEmpty()) {
			return Map.of();
		}
		List<UUID> sorted = movieIds.stream().distinct().sorted().toList();
		this.jdbc
			.sql("""
					INSERT INTO movie_rating_statistics (movie_id, rating_count, half_star_sum, histogram, version, updated_at)
					SELECT id, 0, 0, array_fill(0::bigint, ARRAY[10]), 0, ? FROM unnest(?) AS id
					ON CONFLICT (movie_id) DO NOTHING
					""")
			.params(Timestamp.from(now), SqlArrays.of("uuid", sorted))
			.update();
		Map<UUID, RatingStatistics> found = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT * FROM movie_rating_statistics WHERE movie_id = ANY(?)
				ORDER BY movie_id
				FOR UPDATE
				""")
			.param(SqlArrays.of("uuid", sorted))
			.query((rs, row) -> statistics(rs))
			.list()
			.forEach((statistics) -> found.put(statistics.movieId(), statistics));
		return found;
	}

	void saveAll(Collection<RatingStatistics> statistics, Instant now) {
		List<RatingStatistics> sorted = statistics.stream()
			.sorted((a, b) -> a.movieId().compareTo(b.movieId()))
			.toList();
		this.jdbcTemplate.batchUpdate("""
				UPDATE movie_rating_statistics
				SET rating_count = ?, half_star_sum = ?, histogram = ?, version = ?, updated_at = ?
				WHERE movie_id = ?
				""", sorted, WRITE_BATCH_SIZE, (statement, stats) -> {
			statement.setLong(1, stats.count());
			statement.setLong(2, stats.halfStarSum());
			Long[] buckets = java.util.Arrays.stream(stats.histogram()).boxed().toArray(Long[]::new);
			statement.setArray(3, statement.getConnection().createArrayOf("bigint", buckets));
			statement.setLong(4, stats.version());
			statement.setTimestamp(5, Timestamp.from(now));
			statement.setObject(6, stats.movieId());
		});
	}

	/**
	 * Statistics of a movie that can be rated; empty when the movie is unknown or
	 * deleted.
	 */
	Optional<RatingStatistics> ofRateableMovie(UUID movieId) {
		return this.jdbc.sql("""
				SELECT m.movie_id, s.rating_count, s.half_star_sum, s.histogram, s.version
				FROM known_movie m LEFT JOIN movie_rating_statistics s ON s.movie_id = m.movie_id
				WHERE m.movie_id = ? AND NOT m.deleted
				""").param(movieId).query((rs, row) -> {
			if (rs.getObject("version") == null) {
				return RatingStatistics.empty(movieId);
			}
			return statistics(rs);
		}).optional();
	}

	/** The most-rated movies that are still in the catalog. */
	List<PopularMovie> mostRated(int limit) {
		return this.jdbc.sql("""
				SELECT s.movie_id, m.title, m.release_year, s.rating_count, s.half_star_sum
				FROM movie_rating_statistics s JOIN known_movie m ON m.movie_id = s.movie_id
				WHERE s.rating_count > 0 AND NOT m.deleted
				ORDER BY s.rating_count DESC, s.half_star_sum DESC, s.movie_id
				LIMIT ?
				""").param(limit).query((rs, row) -> {
			long count = rs.getLong("rating_count");
			return new PopularMovie(rs.getObject("movie_id", UUID.class), rs.getString("title"),
					rs.getObject("release_year", Integer.class), count, rs.getLong("half_star_sum") / (2.0 * count));
		}).list();
	}

	private static RatingStatistics statistics(ResultSet rs) throws SQLException {
		Array array = rs.getArray("histogram");
		Object[] values = (Object[]) array.getArray();
		long[] histogram = new long[Stars.BUCKETS];
		for (int i = 0; i < histogram.length; i++) {
			histogram[i] = ((Number) values[i]).longValue();
		}
		return new RatingStatistics(rs.getObject("movie_id", UUID.class), rs.getLong("rating_count"),
				rs.getLong("half_star_sum"), histogram, rs.getLong("version"));
	}

}
