package dev.moviestack.rating.movie;

import java.time.Clock;

import dev.moviestack.contract.catalog.MovieCreated;
import dev.moviestack.contract.catalog.MovieDeleted;
import dev.moviestack.contract.catalog.MovieEvent;
import dev.moviestack.contract.catalog.MovieUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies catalog events to the local movie table. Idempotent: an event whose version is
 * not newer than what is stored changes nothing, and a tombstone wins over everything.
 */
@Service
class MovieProjection {

	private static final Logger log = LoggerFactory.getLogger(MovieProjection.class);

	private final KnownMovies movies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MovieProjection(KnownMovies movies, ApplicationEventPublisher events, Clock clock) {
		this.movies = movies;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void apply(MovieEvent event) {
		switch (event) {
			case MovieCreated created -> upsert(created);
			case MovieUpdated updated -> upsert(updated);
			case MovieDeleted deleted -> withdraw(deleted);
		}
	}

	private void upsert(MovieEvent event) {
		if (!this.movies.upsert(event.movie(), this.clock.instant())) {
			log.debug("Ignored {} of movie {} at version {}: stale, redelivered or deleted", event.eventType(),
					event.movieId(), event.version());
		}
	}

	private void withdraw(MovieDeleted event) {
		if (this.movies.markDeleted(event.movie(), this.clock.instant())) {
			this.events.publishEvent(new MovieWithdrawn(event.movieId()));
		}
		else {
			log.debug("Ignored redelivered deletion of movie {}", event.movieId());
		}
	}

}
