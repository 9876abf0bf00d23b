package dev.moviestack.contract.rating;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.moviestack.platform.events.DomainEvent;

/**
 * A change to one user's rating of one movie. Keyed by user id so that one user's events
 * stay in order.
 */
// tolerant reader: a consumer built against an older contract ignores fields added later
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = RatingSubmitted.class, name = "RatingSubmitted"),
		@JsonSubTypes.Type(value = RatingChanged.class, name = "RatingChanged"),
		@JsonSubTypes.Type(value = RatingDeleted.class, name = "RatingDeleted") })
public sealed interface RatingEvent extends DomainEvent permits RatingSubmitted, RatingChanged, RatingDeleted {

	String TOPIC = "rating.rating.v1";

	String userId();

	UUID movieId();

	/** When the user rated (or un-rated) the movie. */
	Instant ratedAt();

	@Override
	default String subject() {
		return userId() + "/" + movieId();
	}

}
