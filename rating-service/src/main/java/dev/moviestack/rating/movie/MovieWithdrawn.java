package dev.moviestack.rating.movie;

import java.util.UUID;

/**
 * A movie left the catalog. Published in the transaction that records the tombstone, so
 * that its ratings go in the same transaction.
 */
public record MovieWithdrawn(UUID movieId) {

}
