package dev.moviestack.contract.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.moviestack.platform.events.DomainEvent;

/**
 * Everything that happens to a movie. Each event carries the full snapshot after the
 * change (or before a deletion), so consumers never call catalog-service back.
 */
// tolerant reader: a consumer built against an older contract ignores fields added later
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = MovieCreated.class, name = "MovieCreated"),
		@JsonSubTypes.Type(value = MovieUpdated.class, name = "MovieUpdated"),
		@JsonSubTypes.Type(value = MovieDeleted.class, name = "MovieDeleted") })
public sealed interface MovieEvent extends DomainEvent permits MovieCreated, MovieUpdated, MovieDeleted {

	/** Kafka topic, keyed by movie id so that one movie's events stay in order. */
	String TOPIC = "catalog.movie.v1";

	MovieSnapshot movie();

	default UUID movieId() {
		return movie().id();
	}

	/**
	 * Optimistic-locking version of the movie; consumers drop events older than what they
	 * hold.
	 */
	default long version() {
		return movie().version();
	}

	@Override
	default String subject() {
		return movieId().toString();
	}

}
