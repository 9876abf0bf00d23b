package dev.moviestack.rating.ratings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bulk write was refused as a whole: nothing was written. Each error names the item by
 * its index in the request.
 */
public class RatingBatchRejected extends RuntimeException {

	private final List<ItemError> errors;

	public RatingBatchRejected(List<ItemError> errors) {
		super(errors.size() + " item(s) of the batch are invalid");
		this.errors = List.copyOf(errors);
	}

	public List<ItemError> errors() {
		return this.errors;
	}

	/** The item at {@code index} is invalid in {@code field}. */
	public record ItemError(int index, String field, String message, @Nullable Object rejectedValue) {

	}

}
