package dev.moviestack.rating.ratings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.moviestack.contract.rating.MovieRatingStatisticsChanged;
import dev.moviestack.contract.rating.RatingChanged;
import dev.moviestack.contract.rating.RatingDeleted;
import dev.moviestack.contract.rating.RatingEvent;
import dev.moviestack.contract.rating.RatingSubmitted;
import dev.moviestack.rating.ratings.domain.Rating;
import dev.moviestack.rating.ratings.domain.RatingStatistics;
import dev.moviestack.rating.ratings.outbox.RatingEventBatch;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Builds the published events and hands them to the outbox (the event publication
 * registry) inside the writing transaction: a single write as one publication per event,
 * a bulk write as one {@link RatingEventBatch}.
 */
@Component
class RatingEvents {

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	RatingEvents(ApplicationEventPublisher publisher, Clock clock) {
		this.publisher = publisher;
		this.clock = clock;
	}

	RatingSubmitted submitted(Rating rating) {
		return new RatingSubmitted(UUID.randomUUID(), this.clock.instant(), rating.userId(), rating.movieId(),
				rating.stars().asDouble(), rating.ratedAt());
	}

	RatingChanged changed(Rating old, Rating current) {
		return new RatingChanged(UUID.randomUUID(), this.clock.instant(), current.userId(), current.movieId(),
				old.stars().asDouble(), current.stars().asDouble(), current.ratedAt());
	}

	RatingDeleted deleted(Rating old, RatingDeleted.Reason reason) {
		var now = this.clock.instant();
		return new RatingDeleted(UUID.randomUUID(), now, old.userId(), old.movieId(), old.stars().asDouble(), now,
				reason);
	}

	MovieRatingStatisticsChanged statisticsChanged(RatingStatistics statistics) {
		return new MovieRatingStatisticsChanged(UUID.randomUUID(), this.clock.instant(), statistics.movieId(),
				statistics.count(), statistics.mean(), statistics.version());
	}

	/** One rating changed: its event and the movie's new statistics. */
	void publish(RatingEvent event, RatingStatistics statistics) {
		this.publisher.publishEvent(event);
		this.publisher.publishEvent(statisticsChanged(statistics));
	}

	/** A bulk write: one publication for all of its events. */
	void publishInBulk(List<RatingEvent> events, Collection<RatingStatistics> statistics) {
		List<MovieRatingStatisticsChanged> statisticsEvents = new ArrayList<>(statistics.size());
		statistics.forEach((changed) -> statisticsEvents.add(statisticsChanged(changed)));
		RatingEventBatch batch = new RatingEventBatch(events, statisticsEvents);
		if (!batch.isEmpty()) {
			this.publisher.publishEvent(batch);
		}
	}

}
