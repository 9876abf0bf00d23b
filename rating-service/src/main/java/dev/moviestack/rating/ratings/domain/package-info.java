/**
 * The rules of a rating, free of web and persistence: half-star values, one rating per
 * user and movie, and running per-movie statistics.
 */
@NullMarked
package dev.moviestack.rating.ratings.domain;

import org.jspecify.annotations.NullMarked;
