/**
 * Published language of rating-service: rating changes on {@value RatingEvent#TOPIC} and
 * per-movie statistics on {@value MovieRatingStatisticsChanged#TOPIC}.
 */
@NullMarked
package dev.moviestack.contract.rating;

import org.jspecify.annotations.NullMarked;
