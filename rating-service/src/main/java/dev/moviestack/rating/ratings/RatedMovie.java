package dev.moviestack.rating.ratings;

import java.time.Instant;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.Stars;
import org.jspecify.annotations.Nullable;

/** One of a user's ratings, with what the projection knows of the movie. */
public record RatedMovie(UUID movieId, String title, @Nullable Integer releaseYear, Stars stars, Instant ratedAt) {

}
