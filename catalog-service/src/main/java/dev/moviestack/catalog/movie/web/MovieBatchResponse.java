package dev.moviestack.catalog.movie.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.moviestack.catalog.movie.ImportOutcome;

/** What an import did, item by item, in the order of the request. */
@Schema(name = "MovieBatchResult", description = "What an import did with each item, in request order")
record MovieBatchResponse(@Schema(description = "Items stored as new movies", example = "998") int created,
		@Schema(description = "Items whose external ids belonged to a movie already; left unchanged",
				example = "2") int existing,
		List<Item> items) {

	static MovieBatchResponse from(List<ImportOutcome> outcomes) {
		List<Item> items = new ArrayList<>(outcomes.size());
		int created = 0;
		for (int index = 0; index < outcomes.size(); index++) {
			ImportOutcome outcome = outcomes.get(index);
			items.add(new Item(index, outcome.movieId(), outcome.created() ? Status.CREATED : Status.EXISTING));
			created += outcome.created() ? 1 : 0;
		}
		return new MovieBatchResponse(created, outcomes.size() - created, items);
	}

	@Schema(name = "MovieBatchItemResult")
	record Item(@Schema(description = "Index of the item in the request", example = "0") int index,
			@Schema(description = "The new or the existing movie",
					example = "0b4a2a4e-6c43-4f57-9d43-8d1f6b3f3a10") UUID id,
			Status status) {

	}

	@Schema(name = "MovieBatchItemStatus",
			description = "CREATED: a new movie; EXISTING: a movie with these external ids existed and was left unchanged")
	enum Status {

		CREATED, EXISTING

	}

}
