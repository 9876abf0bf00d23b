package dev.moviestack.rating.ratings.web;

import java.util.List;

/** One page of a list, with what a client needs to fetch the others. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
		return new PageResponse<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
	}

}
