package dev.moviestack.catalog.movie;

import java.util.UUID;

/**
 * What a batch import did with one item.
 *
 * @param movieId the new movie, or the existing one that holds the item's external ids
 * @param created {@code false} when the movie existed and was left unchanged
 */
public record ImportOutcome(UUID movieId, boolean created) {

}
