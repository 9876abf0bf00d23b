/**
 * The movies ratings may refer to: a local projection of {@code catalog.movie.v1}, so
 * that rating never calls catalog-service. Out-of-order and redelivered events are
 * dropped by the snapshot version; a deleted movie stays as a tombstone.
 */
@NullMarked
package dev.moviestack.rating.movie;

import org.jspecify.annotations.NullMarked;
