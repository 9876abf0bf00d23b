package dev.moviestack.catalog.movie.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.moviestack.catalog.movie.Movie;
import org.springframework.data.domain.Page;

/** One page of a movie search, with where it sits in the whole result. */
@Schema(name = "MoviePage", description = "One page of movies")
record MoviePage(List<MovieResponse> items, PageMetadata page) {

	static MoviePage from(Page<Movie> page) {
		return new MoviePage(page.getContent().stream().map(MovieResponse::from).toList(),
				new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
	}

	/**
	 * Position of a page.
	 *
	 * @param number zero-based page number
	 * @param size requested page size
	 * @param totalElements movies that match the filters
	 * @param totalPages pages at this size
	 */
	@Schema(name = "PageMetadata")
	record PageMetadata(@Schema(example = "0") int number, @Schema(example = "20") int size,
			@Schema(example = "87585") long totalElements, @Schema(example = "4380") int totalPages) {

	}

}
