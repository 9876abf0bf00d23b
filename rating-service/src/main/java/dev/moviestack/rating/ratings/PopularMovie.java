package dev.moviestack.rating.ratings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A movie with many ratings: how many, and their mean. */
public record PopularMovie(UUID movieId, String title, @Nullable Integer releaseYear, long count, double mean) {

}
