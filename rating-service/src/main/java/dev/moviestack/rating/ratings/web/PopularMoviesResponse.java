package dev.moviestack.rating.ratings.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import dev.moviestack.rating.ratings.PopularMovie;
import org.jspecify.annotations.Nullable;

/** The most-rated movies, most ratings first. */
public record PopularMoviesResponse(List<Item> items) {

	public record Item(UUID movieId, String title, @Nullable Integer releaseYear, long count, BigDecimal mean) {

		static Item of(PopularMovie movie) {
			return new Item(movie.movieId(), movie.title(), movie.releaseYear(), movie.count(),
					BigDecimal.valueOf(movie.mean()).setScale(3, RoundingMode.HALF_UP));
		}

	}

}
