package dev.moviestack.contract.rating;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

import dev.moviestack.platform.events.DomainEvent;
import dev.moviestack.platform.events.EventType;
import org.springframework.modulith.events.Externalized;

/**
 * The rating count and mean of one movie after a change. Keyed by movie id;
 * {@code version} grows with every change so consumers keep only the newest. Published
 * once per movie per write: a bulk write of many ratings of a movie gives one event. When
 * the last rating goes (or the movie is deleted) {@code count} is 0 and {@code mean} is
 * 0.
 */
@EventType("dev.moviestack.rating.movie-statistics.changed")
@Externalized(MovieRatingStatisticsChanged.TOPIC + "::#{#this.movieId()}")
@JsonIgnoreProperties(ignoreUnknown = true)
public record MovieRatingStatisticsChanged(UUID eventId, Instant occurredAt, UUID movieId, long count, double mean,
		long version) implements DomainEvent {

	public static final String TOPIC = "rating.movie-statistics.v1";

	@Override
	public String subject() {
		return movieId().toString();
	}

}
