package dev.moviestack.rating.ratings.web;

import dev.moviestack.rating.ratings.RatingService.BatchResult;

/**
 * What a batch did: new ratings, replaced ones, ratings already stored exactly so (a
 * repeated import), and movies whose statistics changed.
 */
public record RatingBatchResponse(int received, int created, int replaced, int unchanged, int moviesAffected) {

	static RatingBatchResponse of(int received, BatchResult result) {
		return new RatingBatchResponse(received, result.created(), result.replaced(), result.unchanged(),
				result.moviesAffected());
	}

}
