package dev.moviestack.rating.ratings.web;

import dev.moviestack.rating.ratings.RatingQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's ratings. */
@RestController
class MyRatingsController {

	private final RatingQueries queries;

	MyRatingsController(RatingQueries queries) {
		this.queries = queries;
	}

	/** My ratings, newest first, {@code size} (1 to 100) per page. */
	@GetMapping("/api/users/me/ratings")
	PageResponse<MyRatingResponse> myRatings(@AuthenticationPrincipal Jwt token,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		RatingQueries.RatingPage ratings = this.queries.ratingsOf(token.getSubject(), page, size);
		return PageResponse.of(ratings.items().stream().map(MyRatingResponse::of).toList(), page, size,
				ratings.totalItems());
	}

}
