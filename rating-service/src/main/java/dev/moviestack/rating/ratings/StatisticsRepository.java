package dev.moviestack.rating.ratings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.RatingStatistics;
import dev.moviestack.rating.ratings.domain.Stars;
import dev.moviestack.rating.ratings.domain.StatisticsDelta;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code movie_rating_statistics} table. */
@Repository
class StatisticsRepository {

	/**
	 * {@code INSERT ... ON CONFLICT DO UPDATE} adding count, sum and each of the ten
	 * histogram buckets; the deltas come as one array per column.
	 */
	private static final String APPLY_DELTAS = """
			INSERT INTO movie_rating_statistics AS s (movie_id, rating_count, half_star_sum, histogram, version, updated_at)
			SELECT d.movie_id, d.delta_count, d.delta_sum, ARRAY[%s], 1, ?
			FROM unnest(?, ?, ?, %s) AS d(movie_id, delta_count, delta_sum, %s)
			ON CONFLICT (movie_id) DO UPDATE
			SET rating_count = s.rating_count + excluded.rating_count,
			    half_star_sum = s.half_star_sum + excluded.half_star_sum,
			    histogram = ARRAY[%s],
			    version = s.version + 1,
			    updated_at = excluded.updated_at
			RETURNING s.*
			"""
		.formatted(buckets("d.h%d"), buckets("?"), buckets("h%d"),
				buckets("s.histogram[%1$d] + excluded.histogram[%1$d]"));

	private final JdbcClient jdbc;

	StatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds each delta to its movie's statistics in one statement, creating statistics for
	 * movies rated for the first time, and gives each changed movie the next version.
	 * Rows are locked in movie id order, like every writer, so that writers never
	 * deadlock.
	 * @return the statistics after the change
	 */
	List<RatingStatistics> apply(Collection<StatisticsDelta> deltas, Instant now) {
		if (deltas.isEmpty()) {
			return List.of();
		}
		List<StatisticsDelta> sorted = deltas.stream().sorted((a, b) -> a.movieId().compareTo(b.movieId())).toList();
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(now));
		params.add(SqlArrays.of("uuid", sorted.stream().map(StatisticsDelta::movieId).toList()));
		params.add(SqlArrays.of("bigint", sorted.stream().map(StatisticsDelta::count).toList()));
		params.add(SqlArrays.of("bigint", sorted.stream().map(StatisticsDelta::halfStarSum).toList()));
		for (int bucket = 0; bucket < Stars.BUCKETS; bucket++) {
			int index = bucket;
			params.add(SqlArrays.of("bigint", sorted.stream().map((delta) -> delta.bucket(index)).toList()));
		}
		return this.jdbc.sql(APPLY_DELTAS).params(params).query((rs, row) -> statistics(rs)).list();
	}

	private static String buckets(String template) {
		StringBuilder text = new StringBuilder();
		for (int bucket = 1; bucket <= Stars.BUCKETS; bucket++) {
			text.append((bucket > 1) ? ", " : "").append(template.formatted(bucket));
		}
		return text.toString();
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
