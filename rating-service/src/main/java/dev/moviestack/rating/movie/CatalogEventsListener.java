package dev.moviestack.rating.movie;

import dev.moviestack.contract.catalog.MovieEvent;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the movie projection in step with {@value MovieEvent#TOPIC}. */
@Component
class CatalogEventsListener {

	private final MovieProjection projection;

	CatalogEventsListener(MovieProjection projection) {
		this.projection = projection;
	}

	@KafkaListener(id = "rating-catalog-movies", idIsGroup = false, topics = MovieEvent.TOPIC)
	void on(MovieEvent event) {
		this.projection.apply(event);
	}

}
