package dev.moviestack.catalog.movie;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.MovieCreated;
import dev.moviestack.contract.catalog.MovieDeleted;
import dev.moviestack.contract.catalog.MovieUpdated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the catalog. Every write runs in a transaction that also records its
 * {@link dev.moviestack.contract.catalog.MovieEvent} in the event publication registry,
 * so that the event reaches Kafka if and only if the write committed.
 */
@Service
@Transactional(readOnly = true)
public class MovieCatalog {

	/** The most movies one import takes: one transaction, one round trip per table. */
	public static final int MAX_BATCH_SIZE = 1000;

	private final MovieRepository movies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MovieCatalog(MovieRepository movies, ApplicationEventPublisher events, Clock clock) {
		this.movies = movies;
		this.events = events;
		this.clock = clock;
	}

	public Page<Movie> search(MovieSearch search, Pageable pageable) {
		return this.movies.findAll(MovieSpecifications.matching(search), pageable);
	}

	public Movie get(UUID id) {
		return this.movies.findById(id).orElseThrow(() -> new MovieNotFoundException("No movie with id " + id));
	}

	/**
	 * The movie that holds an external id.
	 * @param source the database the id comes from
	 * @param id a well-formed id of that source (see {@link ExternalIdSource#isValidId})
	 */
	public Movie getByExternalId(ExternalIdSource source, String id) {
		if (!source.isValidId(id)) {
			throw new IllegalArgumentException("Not a " + source.urlName() + " id: " + id);
		}
		Optional<Movie> movie = switch (source) {
			case MOVIELENS -> this.movies.findByExternalIdsMovieLens(Long.parseLong(id));
			case IMDB -> this.movies.findByExternalIdsImdb(id);
			case TMDB -> this.movies.findByExternalIdsTmdb(Long.parseLong(id));
		};
		return movie.orElseThrow(() -> new MovieNotFoundException("No movie with " + source.urlName() + " id " + id));
	}

	@Transactional
	public Movie create(MovieDetails details) {
		requireExternalIdsFree(details.externalIds(), null);
		Movie movie = this.movies.save(Movie.create(details, now()));
		this.events.publishEvent(MovieCreated.of(movie.snapshot()));
		return movie;
	}

	/**
	 * Replaces a movie's details if it is still at {@code expectedVersion}. A write that
	 * changes nothing keeps the version and publishes no event.
	 * @throws StaleMovieVersionException if the movie is at another version
	 */
	@Transactional
	public Movie update(UUID id, long expectedVersion, MovieDetails details) {
		Movie movie = get(id);
		if (!movie.hasVersion(expectedVersion)) {
			throw new StaleMovieVersionException(id, expectedVersion);
		}
		requireExternalIdsFree(details.externalIds(), id);
		if (movie.update(details, now())) {
			flush(id, expectedVersion);
			this.events.publishEvent(MovieUpdated.of(movie.snapshot()));
		}
		return movie;
	}

	/**
	 * Deletes a movie.
	 * @param expectedVersion the version the caller saw, or {@code null} to delete
	 * whatever version is current
	 */
	@Transactional
	public void delete(UUID id, @Nullable Long expectedVersion) {
		Movie movie = get(id);
		long version = (expectedVersion != null) ? expectedVersion : movie.version();
		if (!movie.hasVersion(version)) {
			throw new StaleMovieVersionException(id, version);
		}
		this.movies.delete(movie);
		flush(id, version);
		this.events.publishEvent(MovieDeleted.of(movie.deletedSnapshot(now())));
	}

	/**
	 * Imports up to {@value #MAX_BATCH_SIZE} movies at once, idempotently: an item whose
	 * external ids belong to a movie already is reported as existing and left unchanged
	 * (its other fields are not compared), so that an importer can send the same batch
	 * again. Items without external ids are always created. Either every new movie is
	 * stored or none is.
	 * @param items validated details; external ids are unique within the batch
	 * @return one outcome per item, in the order of the items
	 * @throws ExternalIdConflictException if an item's ids belong to two different movies
	 */
	@Transactional
	public List<ImportOutcome> importAll(List<MovieDetails> items) {
		if (items.size() > MAX_BATCH_SIZE) {
			throw new IllegalArgumentException("At most " + MAX_BATCH_SIZE + " movies per batch");
		}
		OwnerIndex owners = findOwners(items.stream().map(MovieDetails::externalIds).toList());
		List<ExternalIdConflictException.Conflict> conflicts = new ArrayList<>();
		List<@Nullable UUID> existing = new ArrayList<>(items.size());
		for (int index = 0; index < items.size(); index++) {
			Set<UUID> matches = owners.ownersOf(items.get(index).externalIds());
			if (matches.size() > 1) {
				conflicts.addAll(owners.conflictsOf(index, items.get(index).externalIds()));
			}
			existing.add(matches.isEmpty() ? null : matches.iterator().next());
		}
		if (!conflicts.isEmpty()) {
			throw new ExternalIdConflictException("Some items have external ids that belong to different movies",
					conflicts);
		}
		Instant now = now();
		List<Movie> created = new ArrayList<>();
		List<ImportOutcome> outcomes = new ArrayList<>(items.size());
		for (int index = 0; index < items.size(); index++) {
			UUID existingId = existing.get(index);
			if (existingId != null) {
				outcomes.add(new ImportOutcome(existingId, false));
			}
			else {
				Movie movie = Movie.create(items.get(index), now);
				created.add(movie);
				outcomes.add(new ImportOutcome(movie.id(), true));
			}
		}
		// inserts go to the database in JDBC batches (see hibernate.jdbc.batch_size)
		this.movies.saveAll(created);
		created.forEach((movie) -> this.events.publishEvent(MovieCreated.of(movie.snapshot())));
		return outcomes;
	}

	private void requireExternalIdsFree(ExternalIds ids, @Nullable UUID self) {
		if (ids.isEmpty()) {
			return;
		}
		OwnerIndex owners = findOwners(List.of(ids));
		List<ExternalIdConflictException.Conflict> conflicts = new ArrayList<>();
		for (ExternalIdSource source : ExternalIdSource.values()) {
			Object value = source.valueIn(ids);
			UUID owner = (value != null) ? owners.ownerOf(source, value) : null;
			if (owner != null && !owner.equals(self)) {
				conflicts.add(new ExternalIdConflictException.Conflict(null, source, value, owner));
			}
		}
		if (!conflicts.isEmpty()) {
			throw new ExternalIdConflictException("External ids belong to another movie already", conflicts);
		}
	}

	private OwnerIndex findOwners(List<ExternalIds> ids) {
		Set<Long> movieLens = new HashSet<>();
		Set<String> imdb = new HashSet<>();
		Set<Long> tmdb = new HashSet<>();
		for (ExternalIds id : ids) {
			addIfPresent(movieLens, id.movieLens());
			addIfPresent(imdb, id.imdb());
			addIfPresent(tmdb, id.tmdb());
		}
		if (movieLens.isEmpty() && imdb.isEmpty() && tmdb.isEmpty()) {
			return new OwnerIndex(List.of());
		}
		return new OwnerIndex(this.movies.findOwnersOfAny(movieLens, imdb, tmdb));
	}

	private static <T> void addIfPresent(Set<T> set, @Nullable T value) {
		if (value != null) {
			set.add(value);
		}
	}

	private void flush(UUID id, long expectedVersion) {
		try {
			this.movies.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			// changed by a concurrent transaction after we read it
			throw new StaleMovieVersionException(id, expectedVersion);
		}
	}

	private Instant now() {
		// PostgreSQL keeps microseconds: the events carry what the database holds
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** Who owns which external id, for the ids of one write. */
	private static final class OwnerIndex {

		private final Map<ExternalIdSource, Map<Object, UUID>> owners = new HashMap<>();

		OwnerIndex(List<ExternalIdOwner> rows) {
			for (ExternalIdSource source : ExternalIdSource.values()) {
				this.owners.put(source, new HashMap<>());
			}
			for (ExternalIdOwner row : rows) {
				ExternalIds ids = row.externalIds();
				for (ExternalIdSource source : ExternalIdSource.values()) {
					Object value = source.valueIn(ids);
					if (value != null) {
						this.owners.get(source).put(value, row.movieId());
					}
				}
			}
		}

		@Nullable UUID ownerOf(ExternalIdSource source, Object value) {
			return this.owners.get(source).get(value);
		}

		Set<UUID> ownersOf(ExternalIds ids) {
			Set<UUID> result = new LinkedHashSet<>();
			for (ExternalIdSource source : ExternalIdSource.values()) {
				Object value = source.valueIn(ids);
				UUID owner = (value != null) ? ownerOf(source, value) : null;
				if (owner != null) {
					result.add(owner);
				}
			}
			return result;
		}

		/** Every id of an item that points to another movie than its first id does. */
		List<ExternalIdConflictException.Conflict> conflictsOf(int item, ExternalIds ids) {
			List<ExternalIdConflictException.Conflict> conflicts = new ArrayList<>();
			UUID first = null;
			for (ExternalIdSource source : ExternalIdSource.values()) {
				Object value = source.valueIn(ids);
				UUID owner = (value != null) ? ownerOf(source, value) : null;
				if (owner == null) {
					continue;
				}
				if (first == null) {
					first = owner;
				}
				else if (!Objects.equals(first, owner)) {
					conflicts.add(new ExternalIdConflictException.Conflict(item, source, value, owner));
				}
			}
			return conflicts;
		}

	}

}
