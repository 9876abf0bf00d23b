package dev.moviestack.rating.ratings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.moviestack.contract.rating.RatingDeleted;
import dev.moviestack.contract.rating.RatingEvent;
import dev.moviestack.platform.service.web.ApiException;
import dev.moviestack.rating.movie.MovieCatalog;
import dev.moviestack.rating.movie.MovieWithdrawn;
import dev.moviestack.rating.ratings.domain.ImportedUsers;
import dev.moviestack.rating.ratings.domain.Rating;
import dev.moviestack.rating.ratings.domain.RatingKey;
import dev.moviestack.rating.ratings.domain.RatingStatistics;
import dev.moviestack.rating.ratings.domain.Stars;
import dev.moviestack.rating.ratings.domain.StatisticsDelta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write to ratings. Each one changes the ratings, the movie's statistics and the
 * outbox in one transaction. Locks are always taken in the same order (movie, ratings by
 * key, statistics by movie id) so that concurrent writers wait instead of deadlocking.
 */
@Service
public class RatingService implements RatingErasure {

	/** The message of a batch item whose movie the projection does not know (yet). */
	public static final String MOVIE_NOT_FOUND = "movie does not exist";

	private static final Logger log = LoggerFactory.getLogger(RatingService.class);

	private final MovieCatalog movies;

	private final RatingRepository ratings;

	private final StatisticsRepository statistics;

	private final RatingEvents events;

	private final Clock clock;

	RatingService(MovieCatalog movies, RatingRepository ratings, StatisticsRepository statistics, RatingEvents events,
			Clock clock) {
		this.movies = movies;
		this.ratings = ratings;
		this.statistics = statistics;
		this.events = events;
		this.clock = clock;
	}

	/** The result of rating a movie: the stored rating and whether it is new. */
	public record Rated(Rating rating, boolean created) {

	}

	/** How a bulk write went. */
	public record BatchResult(int created, int replaced, int unchanged, int moviesAffected) {

	}

	/** Creates or replaces the user's rating of the movie. */
	@Transactional
	public Rated rate(String userId, UUID movieId, Stars stars) {
		if (!this.movies.lockRateable(movieId)) {
			throw new ApiException.NotFound("Movie " + movieId + " does not exist");
		}
		Rating rating = new Rating(userId, movieId, stars, now());
		Optional<Rating> existing = this.ratings.lock(userId, movieId);
		if (existing.isEmpty() && this.ratings.insertIfAbsent(rating)) {
			RatingStatistics changed = changeStatistics(new StatisticsDelta(movieId).added(stars));
			this.events.publish(this.events.submitted(rating), changed);
			return new Rated(rating, true);
		}
		// a concurrent first rating won the insert: replace it, holding its lock
		Rating old = existing.or(() -> this.ratings.lock(userId, movieId)).orElseThrow();
		if (old.stars().equals(stars)) {
			return new Rated(old, false);
		}
		this.ratings.update(rating);
		RatingStatistics changed = changeStatistics(new StatisticsDelta(movieId).replaced(old.stars(), stars));
		this.events.publish(this.events.changed(old, rating), changed);
		return new Rated(rating, false);
	}

	/** Deletes the user's rating of the movie. */
	@Transactional
	public void unrate(String userId, UUID movieId) {
		Rating old = this.ratings.delete(userId, movieId)
			.orElseThrow(() -> new ApiException.NotFound("You have not rated movie " + movieId));
		RatingStatistics changed = changeStatistics(new StatisticsDelta(movieId).removed(old.stars()));
		this.events.publish(this.events.deleted(old, RatingDeleted.Reason.USER_REQUEST), changed);
	}

	/**
	 * Writes ratings of imported pseudo-users in one transaction: all or nothing. A
	 * rating equal to the stored one (stars and time) is left alone and publishes
	 * nothing, so that importing the same data twice adds nothing. Publishes one
	 * statistics event per affected movie, not one per rating.
	 * @throws RatingBatchRejected naming each invalid item, when any is
	 */
	@Transactional
	public BatchResult importBatch(List<Rating> batch) {
		List<Rating> items = batch.stream()
			.map((item) -> new Rating(item.userId(), item.movieId(), item.stars(), truncate(item.ratedAt())))
			.toList();
		Set<UUID> rateable = this.movies.lockRateable(items.stream().map(Rating::movieId).distinct().sorted().toList());
		rejectInvalid(items, rateable);

		Map<RatingKey, Rating> existing = this.ratings.lockAll(items.stream().map(Rating::key).toList());
		List<Rating> writes = new ArrayList<>();
		List<RatingEvent> ratingEvents = new ArrayList<>();
		Map<UUID, StatisticsDelta> deltas = new LinkedHashMap<>();
		int created = 0;
		int replaced = 0;
		for (Rating item : items) {
			Rating old = existing.get(item.key());
			if (old != null && old.sameAs(item)) {
				continue;
			}
			StatisticsDelta delta = deltas.computeIfAbsent(item.movieId(), StatisticsDelta::new);
			writes.add(item);
			if (old == null) {
				delta.added(item.stars());
				ratingEvents.add(this.events.submitted(item));
				created++;
			}
			else {
				delta.replaced(old.stars(), item.stars());
				ratingEvents.add(this.events.changed(old, item));
				replaced++;
			}
		}
		this.ratings.upsertAll(writes);
		List<RatingStatistics> changed = changeStatistics(deltas);
		this.events.publishInBulk(ratingEvents, changed);
		return new BatchResult(created, replaced, items.size() - writes.size(), changed.size());
	}

	@Override
	@Transactional
	public int eraseUser(String userId) {
		List<Rating> removed = this.ratings.deleteAllOfUser(userId);
		publishRemoval(removed, RatingDeleted.Reason.USER_ERASED);
		log.info("Erased {} rating(s) of user {}", removed.size(), userId);
		return removed.size();
	}

	/** The movie left the catalog: its ratings go in the same transaction. */
	@EventListener
	void on(MovieWithdrawn withdrawn) {
		List<Rating> removed = this.ratings.deleteAllOfMovie(withdrawn.movieId());
		publishRemoval(removed, RatingDeleted.Reason.MOVIE_DELETED);
		if (!removed.isEmpty()) {
			log.info("Deleted {} rating(s) of deleted movie {}", removed.size(), withdrawn.movieId());
		}
	}

	private void publishRemoval(List<Rating> removed, RatingDeleted.Reason reason) {
		if (removed.isEmpty()) {
			return;
		}
		Map<UUID, StatisticsDelta> deltas = new HashMap<>();
		List<RatingEvent> deletions = new ArrayList<>(removed.size());
		for (Rating rating : removed) {
			deltas.computeIfAbsent(rating.movieId(), StatisticsDelta::new).removed(rating.stars());
			deletions.add(this.events.deleted(rating, reason));
		}
		this.events.publishInBulk(deletions, changeStatistics(deltas));
	}

	private void rejectInvalid(List<Rating> items, Set<UUID> rateable) {
		List<RatingBatchRejected.ItemError> errors = new ArrayList<>();
		Map<RatingKey, Integer> firstIndex = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Rating item = items.get(i);
			if (!ImportedUsers.isImported(item.userId())) {
				errors.add(new RatingBatchRejected.ItemError(i, "userId",
						"must be an imported pseudo-user (" + ImportedUsers.PREFIX + "<id>)", item.userId()));
			}
			Integer first = firstIndex.putIfAbsent(item.key(), i);
			if (first != null) {
				errors.add(new RatingBatchRejected.ItemError(i, "movieId",
						"duplicates item " + first + " (same user and movie)", item.movieId().toString()));
			}
			if (!rateable.contains(item.movieId())) {
				errors.add(new RatingBatchRejected.ItemError(i, "movieId", MOVIE_NOT_FOUND, item.movieId().toString()));
			}
		}
		if (!errors.isEmpty()) {
			throw new RatingBatchRejected(errors);
		}
	}

	private RatingStatistics changeStatistics(StatisticsDelta delta) {
		return changeStatistics(Map.of(delta.movieId(), delta)).get(0);
	}

	private List<RatingStatistics> changeStatistics(Map<UUID, StatisticsDelta> deltas) {
		return this.statistics.apply(deltas.values(), now());
	}

	private Instant now() {
		return truncate(this.clock.instant());
	}

	/** PostgreSQL keeps microseconds; compare and publish what is stored. */
	private static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

}
