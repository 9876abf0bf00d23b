/**
 * Ratings: one per user and movie, written by their user (or in bulk for imported
 * pseudo-users), with per-movie statistics and events through the outbox.
 */
@NullMarked
package dev.moviestack.rating.ratings;

import org.jspecify.annotations.NullMarked;
