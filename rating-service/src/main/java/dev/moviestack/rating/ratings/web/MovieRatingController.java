package dev.moviestack.rating.ratings.web;

import java.net.URI;
import java.util.UUID;

import dev.moviestack.platform.service.web.ApiException;
import dev.moviestack.rating.ratings.RatingQueries;
import dev.moviestack.rating.ratings.RatingService;
import dev.moviestack.rating.ratings.domain.Stars;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own rating of a movie. The user is always the token's subject: there is no
 * way to name another user here.
 */
@RestController
class MovieRatingController {

	private final RatingService ratings;

	private final RatingQueries queries;

	MovieRatingController(RatingService ratings, RatingQueries queries) {
		this.ratings = ratings;
		this.queries = queries;
	}

	/** Creates (201) or replaces (200) my rating. */
	@PutMapping("/api/movies/{movieId}/rating")
	ResponseEntity<RatingResponse> rate(@AuthenticationPrincipal Jwt token, @PathVariable UUID movieId,
			@Valid @RequestBody RatingRequest request) {
		RatingService.Rated rated = this.ratings.rate(token.getSubject(), movieId, Stars.of(request.stars()));
		RatingResponse body = RatingResponse.of(rated.rating());
		if (rated.created()) {
			return ResponseEntity.created(URI.create("/api/movies/" + movieId + "/rating")).body(body);
		}
		return ResponseEntity.ok(body);
	}

	@GetMapping("/api/movies/{movieId}/rating")
	RatingResponse rating(@AuthenticationPrincipal Jwt token, @PathVariable UUID movieId) {
		return this.queries.rating(token.getSubject(), movieId)
			.map(RatingResponse::of)
			.orElseThrow(() -> new ApiException.NotFound("You have not rated movie " + movieId));
	}

	@DeleteMapping("/api/movies/{movieId}/rating")
	ResponseEntity<Void> unrate(@AuthenticationPrincipal Jwt token, @PathVariable UUID movieId) {
		this.ratings.unrate(token.getSubject(), movieId);
		return ResponseEntity.noContent().build();
	}

	/** Public: count, mean and histogram of a movie's ratings. */
	@GetMapping("/api/movies/{movieId}/ratings/summary")
	RatingSummaryResponse summary(@PathVariable UUID movieId) {
		return this.queries.statistics(movieId)
			.map(RatingSummaryResponse::of)
			.orElseThrow(() -> new ApiException.NotFound("Movie " + movieId + " does not exist"));
	}

}
