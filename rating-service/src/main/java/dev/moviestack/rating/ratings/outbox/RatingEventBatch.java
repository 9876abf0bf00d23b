package dev.moviestack.rating.ratings.outbox;

import java.util.ArrayList;
import java.util.List;

import dev.moviestack.contract.rating.MovieRatingStatisticsChanged;
import dev.moviestack.contract.rating.RatingEvent;
import dev.moviestack.platform.events.DomainEvent;

/**
 * The events of one bulk write (an import batch, a user's erasure, a movie's removal),
 * stored by the outbox as ONE publication instead of one per event. Each event still goes
 * to Kafka as its own record, routed, keyed and headed like a single
 * {@code @Externalized} event. Publishing 100,000 events one publication each costs two
 * extra transactions per event in the registry; this costs two per batch.
 */
public record RatingEventBatch(List<RatingEvent> ratingEvents, List<MovieRatingStatisticsChanged> statisticsEvents) {

	public RatingEventBatch {
		ratingEvents = List.copyOf(ratingEvents);
		statisticsEvents = List.copyOf(statisticsEvents);
	}

	/** Rating events first, then statistics, in the order they were written. */
	public List<DomainEvent> events() {
		List<DomainEvent> events = new ArrayList<>(this.ratingEvents.size() + this.statisticsEvents.size());
		events.addAll(this.ratingEvents);
		events.addAll(this.statisticsEvents);
		return events;
	}

	public boolean isEmpty() {
		return this.ratingEvents.isEmpty() && this.statisticsEvents.isEmpty();
	}

}
