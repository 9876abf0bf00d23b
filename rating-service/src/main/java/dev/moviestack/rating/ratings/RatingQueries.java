package dev.moviestack.rating.ratings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.moviestack.rating.ratings.domain.Rating;
import dev.moviestack.rating.ratings.domain.RatingStatistics;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What can be read about ratings. */
@Service
@Transactional(readOnly = true)
public class RatingQueries {

	private final RatingRepository ratings;

	private final StatisticsRepository statistics;

	RatingQueries(RatingRepository ratings, StatisticsRepository statistics) {
		this.ratings = ratings;
		this.statistics = statistics;
	}

	/** A page of a user's ratings, newest first. */
	public record RatingPage(List<RatedMovie> items, int page, int size, long totalItems) {

	}

	public Optional<Rating> rating(String userId, UUID movieId) {
		return this.ratings.find(userId, movieId);
	}

	public RatingPage ratingsOf(String userId, int page, int size) {
		return new RatingPage(this.ratings.pageOfUser(userId, page, size), page, size,
				this.ratings.countOfUser(userId));
	}

	/** Statistics of a movie that exists; empty for an unknown or deleted movie. */
	public Optional<RatingStatistics> statistics(UUID movieId) {
		return this.statistics.ofRateableMovie(movieId);
	}

	public List<PopularMovie> mostRated(int limit) {
		return this.statistics.mostRated(limit);
	}

}
