package dev.moviestack.rating.ratings.web;

import java.util.List;

import dev.moviestack.rating.ratings.RatingQueries;
import dev.moviestack.rating.ratings.RatingService;
import dev.moviestack.rating.ratings.domain.Rating;
import dev.moviestack.rating.ratings.domain.Stars;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ratings across users: the most-rated movies, and the admin's bulk import. */
@RestController
class RatingsController {

	private final RatingService ratings;

	private final RatingQueries queries;

	RatingsController(RatingService ratings, RatingQueries queries) {
		this.ratings = ratings;
		this.queries = queries;
	}

	/**
	 * Public: the most-rated movies with count and mean (the recommendations fallback).
	 */
	@GetMapping("/api/ratings/popular")
	PopularMoviesResponse popular(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return new PopularMoviesResponse(
				this.queries.mostRated(limit).stream().map(PopularMoviesResponse.Item::of).toList());
	}

	/**
	 * Admin: writes up to {@value RatingBatchRequest#MAX_ITEMS} ratings of imported
	 * pseudo-users ({@code movielens:<id>}), all or nothing; idempotent.
	 */
	@PostMapping("/api/ratings/batch")
	RatingBatchResponse importBatch(@Valid @RequestBody RatingBatchRequest request) {
		List<RatingBatchRequest.Item> items = request.items();
		List<Rating> batch = items.stream()
			.map((item) -> new Rating(item.userId(), item.movieId(), Stars.of(item.stars()), item.ratedAt()))
			.toList();
		return RatingBatchResponse.of(batch.size(), this.ratings.importBatch(batch));
	}

}
