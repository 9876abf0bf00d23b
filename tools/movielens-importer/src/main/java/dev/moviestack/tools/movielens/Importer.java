package dev.moviestack.tools.movielens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.moviestack.tools.movielens.dataset.Dataset;
import dev.moviestack.tools.movielens.dataset.LineError;
import dev.moviestack.tools.movielens.dataset.Movie;
import dev.moviestack.tools.movielens.dataset.Rating;
import dev.moviestack.tools.movielens.platform.ApiResponse;
import dev.moviestack.tools.movielens.platform.PlatformClient;
import dev.moviestack.tools.movielens.platform.PlatformClient.ExternalIds;
import dev.moviestack.tools.movielens.platform.PlatformClient.MovieItem;
import dev.moviestack.tools.movielens.platform.PlatformClient.RatingItem;
import dev.moviestack.tools.movielens.platform.PlatformException;

/**
 * Imports one data set: movies first (their catalog ids are needed for the ratings), then
 * ratings in batches, a few in flight at once. Idempotent end to end: the catalog finds
 * movies by their MovieLens id, and rating-service leaves equal ratings alone, so a
 * second run adds nothing.
 */
final class Importer {

	/** The message rating-service gives for a movie it has not projected (yet). */
	static final String MOVIE_NOT_KNOWN = "movie does not exist";

	private final Dataset dataset;

	private final PlatformClient platform;

	private final Settings settings;

	private final Progress progress;

	private final Summary summary = new Summary();

	/**
	 * When rating-service first did not know a movie yet; the lag timeout counts from
	 * here.
	 */
	private final AtomicLong lagSince = new AtomicLong(Long.MAX_VALUE);

	/** How the import runs. */
	record Settings(int movieBatchSize, int ratingBatchSize, int concurrency, Duration catalogLagTimeout,
			Duration catalogLagPause, boolean moviesOnly) {

	}

	Importer(Dataset dataset, PlatformClient platform, Settings settings, Progress progress) {
		this.dataset = dataset;
		this.platform = platform;
		this.settings = settings;
		this.progress = progress;
	}

	Summary run() throws IOException {
		this.platform.login();
		Map<Long, UUID> movieIds = importMovies();
		if (!this.settings.moviesOnly()) {
			importRatings(movieIds);
		}
		return this.summary;
	}

	// --- movies

	private Map<Long, UUID> importMovies() throws IOException {
		List<Movie> movies = new ArrayList<>();
		this.dataset.movies(movies::add, this::report);
		this.summary.moviesRead.set(movies.size());
		this.summary.moviesSkipped.addAndGet(Math.max(0, this.dataset.movieLines() - movies.size()));
		movies = withUniqueIds(movies);
		Map<Long, UUID> ids = new HashMap<>();
		this.progress.start("movies", "movies", movies.size());
		for (int from = 0; from < movies.size(); from += this.settings.movieBatchSize()) {
			List<Movie> batch = movies.subList(from, Math.min(movies.size(), from + this.settings.movieBatchSize()));
			importMovieBatch(new ArrayList<>(batch), ids);
			this.progress.advance(batch.size());
		}
		this.progress.finish();
		return ids;
	}

	/**
	 * The catalog keeps each external id on one movie. MovieLens has the odd TMDB id on
	 * two movies: the later one goes without it.
	 */
	private List<Movie> withUniqueIds(List<Movie> movies) {
		Map<Long, Movie> byMovieLensId = new LinkedHashMap<>();
		Map<String, Movie> byImdb = new HashMap<>();
		Map<Long, Movie> byTmdb = new HashMap<>();
		List<Movie> unique = new ArrayList<>(movies.size());
		for (Movie movie : movies) {
			Movie first = byMovieLensId.putIfAbsent(movie.movieLensId(), movie);
			if (first != null) {
				report(new LineError(movie.origin(),
						"movie " + movie.movieLensId() + " appeared before at " + first.origin() + "; skipped"));
				this.summary.moviesSkipped.incrementAndGet();
				continue;
			}
			String imdb = movie.imdb();
			Long tmdb = movie.tmdb();
			if (imdb != null && byImdb.putIfAbsent(imdb, movie) != null) {
				report(new LineError(movie.origin(),
						"IMDb id " + imdb + " also belongs to movie " + byImdb.get(imdb).movieLensId() + "; left out"));
				imdb = null;
			}
			if (tmdb != null && byTmdb.putIfAbsent(tmdb, movie) != null) {
				report(new LineError(movie.origin(),
						"TMDB id " + tmdb + " also belongs to movie " + byTmdb.get(tmdb).movieLensId() + "; left out"));
				tmdb = null;
			}
			unique.add(movie.withLinks(imdb, tmdb));
		}
		return unique;
	}

	private void importMovieBatch(List<Movie> batch, Map<Long, UUID> ids) {
		while (!batch.isEmpty()) {
			ApiResponse response = this.platform.importMovies(batch.stream().map(Importer::item).toList());
			if (response.ok()) {
				for (var item : response.body().path("items")) {
					Movie movie = batch.get(item.path("index").asInt());
					ids.put(movie.movieLensId(), UUID.fromString(item.path("id").asString()));
					boolean created = "CREATED".equalsIgnoreCase(item.path("status").asString(""));
					(created ? this.summary.moviesCreated : this.summary.moviesExisting).incrementAndGet();
				}
				return;
			}
			List<ApiResponse.ItemError> errors = response.itemErrors();
			if ((response.status() != 400 && response.status() != 409) || errors.isEmpty()
					|| response.hasErrorsBeyondItems()) {
				throw new PlatformException("The catalog refused a movie batch with " + response.status() + ": "
						+ response.detail() + " " + response.body().path("errors"));
			}
			batch = withoutRejected(batch, errors, response.status() == 409);
		}
	}

	/**
	 * The batch less the items the catalog rejected. An external id that already belongs
	 * to another movie (409) is dropped from the item, which is then sent again.
	 */
	private List<Movie> withoutRejected(List<Movie> batch, List<ApiResponse.ItemError> errors, boolean conflict) {
		Set<Integer> rejected = new HashSet<>();
		List<Movie> kept = new ArrayList<>(batch);
		for (ApiResponse.ItemError error : errors) {
			Movie movie = batch.get(error.index());
			boolean externalId = error.field().startsWith("externalIds.") && !error.field().endsWith("movieLens");
			if (conflict && externalId && (movie.imdb() != null || movie.tmdb() != null)) {
				report(new LineError(movie.origin(), "catalog: " + error.field() + " " + error.message()
						+ "; imported without its IMDb and TMDB ids"));
				kept.set(error.index(), movie.withLinks(null, null));
			}
			else if (rejected.add(error.index())) {
				report(new LineError(movie.origin(), "catalog rejected movie " + movie.movieLensId() + ": "
						+ error.field() + " " + error.message()));
				this.summary.moviesSkipped.incrementAndGet();
			}
		}
		List<Movie> remaining = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			if (!rejected.contains(i)) {
				remaining.add(kept.get(i));
			}
		}
		return remaining;
	}

	private static MovieItem item(Movie movie) {
		return new MovieItem(movie.title(), movie.originalTitle(), movie.releaseYear(), movie.genres(),
				new ExternalIds(movie.movieLensId(), movie.imdb(), movie.tmdb()));
	}

	// --- ratings

	private void importRatings(Map<Long, UUID> movieIds) throws IOException {
		this.progress.start("ratings", "ratings", this.dataset.ratingLines());
		ExecutorService senders = Executors.newFixedThreadPool(this.settings.concurrency());
		Semaphore inFlight = new Semaphore(this.settings.concurrency());
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Set<Long> unknownMovies = new HashSet<>();
		Map<String, Rating> batch = new LinkedHashMap<>();
		Runnable send = () -> {
			List<Rating> ratings = new ArrayList<>(batch.values());
			batch.clear();
			acquire(inFlight);
			senders.execute(() -> {
				try {
					if (failure.get() == null) {
						importRatingBatch(ratings, movieIds);
					}
				}
				catch (RuntimeException ex) {
					failure.compareAndSet(null, ex);
				}
				finally {
					this.progress.advance(ratings.size());
					inFlight.release();
				}
			});
		};
		try {
			this.dataset.ratings((rating) -> {
				this.summary.ratingsRead.incrementAndGet();
				if (failure.get() != null) {
					throw failure.get();
				}
				if (!movieIds.containsKey(rating.movieId())) {
					this.summary.ratingsSkipped.incrementAndGet();
					this.progress.advance(1);
					if (unknownMovies.add(rating.movieId())) {
						report(new LineError(rating.origin(),
								"movie " + rating.movieId() + " was not imported; its ratings are skipped"));
					}
					return;
				}
				Rating earlier = batch.put(rating.pseudoUser() + "/" + rating.movieId(), rating);
				if (earlier != null) {
					report(new LineError(earlier.origin(), "user " + rating.userId() + " rated movie "
							+ rating.movieId() + " again at " + rating.origin() + "; the later rating counts"));
					this.summary.ratingsSkipped.incrementAndGet();
					this.progress.advance(1);
				}
				if (batch.size() >= this.settings.ratingBatchSize()) {
					send.run();
				}
			}, this::reportSkippedRating);
			if (!batch.isEmpty()) {
				send.run();
			}
		}
		finally {
			senders.shutdown();
			awaitTermination(senders);
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		this.progress.finish();
	}

	private void importRatingBatch(List<Rating> ratings, Map<Long, UUID> movieIds) {
		List<Rating> batch = ratings;
		while (!batch.isEmpty()) {
			ApiResponse response = this.platform.importRatings(batch.stream()
				.map((rating) -> new RatingItem(rating.pseudoUser(), movieIds.get(rating.movieId()), rating.stars(),
						rating.ratedAt()))
				.toList());
			if (response.ok()) {
				this.summary.ratingsCreated.addAndGet(response.body().path("created").asLong());
				this.summary.ratingsReplaced.addAndGet(response.body().path("replaced").asLong());
				this.summary.ratingsUnchanged.addAndGet(response.body().path("unchanged").asLong());
				return;
			}
			List<ApiResponse.ItemError> errors = response.itemErrors();
			if (response.status() != 400 || errors.isEmpty() || response.hasErrorsBeyondItems()) {
				throw new PlatformException("rating-service refused a rating batch with " + response.status() + ": "
						+ response.detail() + " " + response.body().path("errors"));
			}
			boolean anyUnknownMovie = errors.stream().anyMatch(Importer::isUnknownMovie);
			if (anyUnknownMovie) {
				this.lagSince.compareAndSet(Long.MAX_VALUE, System.nanoTime());
			}
			boolean lagging = anyUnknownMovie && Duration.ofNanos(System.nanoTime() - this.lagSince.get())
				.compareTo(this.settings.catalogLagTimeout()) < 0;
			Set<Integer> rejected = new HashSet<>();
			boolean onlyUnknownMovies = true;
			for (ApiResponse.ItemError error : errors) {
				boolean unknownMovie = isUnknownMovie(error);
				onlyUnknownMovies &= unknownMovie;
				if (unknownMovie && lagging) {
					continue;
				}
				if (rejected.add(error.index())) {
					Rating rating = batch.get(error.index());
					report(new LineError(rating.origin(),
							unknownMovie
									? "rating-service does not know movie " + rating.movieId()
											+ " (its catalog event did not arrive in "
											+ this.settings.catalogLagTimeout().toSeconds() + " s); rating skipped"
									: "rating-service rejected the rating: " + error.field() + " " + error.message()));
					this.summary.ratingsSkipped.incrementAndGet();
				}
			}
			if (onlyUnknownMovies && lagging) {
				// the catalog's MovieCreated events are still on their way to
				// rating-service
				sleep(this.settings.catalogLagPause());
				continue;
			}
			List<Rating> remaining = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				if (!rejected.contains(i)) {
					remaining.add(batch.get(i));
				}
			}
			batch = remaining;
		}
	}

	private static boolean isUnknownMovie(ApiResponse.ItemError error) {
		return error.field().equals("movieId") && error.message().equals(MOVIE_NOT_KNOWN);
	}

	private void reportSkippedRating(LineError error) {
		this.summary.ratingsSkipped.incrementAndGet();
		this.progress.advance(1);
		report(error);
	}

	private void report(LineError error) {
		this.summary.errors.incrementAndGet();
		this.progress.message("error: " + error);
	}

	private static void acquire(Semaphore semaphore) {
		try {
			semaphore.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PlatformException("Interrupted", ex);
		}
	}

	private static void awaitTermination(ExecutorService executor) {
		try {
			while (!executor.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
				// batches keep arriving; their HTTP timeouts bound the wait
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UncheckedIOException(new IOException("Interrupted", ex));
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PlatformException("Interrupted", ex);
		}
	}

}
