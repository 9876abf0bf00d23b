package dev.moviestack.tools.movielens.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Status and JSON body of a platform answer; problem details for errors. */
public record ApiResponse(int status, JsonNode body) {

	private static final Pattern ITEM_FIELD = Pattern.compile("^items\\[(\\d+)]\\.?(.*)$");

	public boolean ok() {
		return this.status >= 200 && this.status < 300;
	}

	/** The problem's {@code detail}, or the whole body. */
	public String detail() {
		JsonNode detail = this.body.path("detail");
		return detail.isString() ? detail.asString() : this.body.toString();
	}

	/** The problem's errors that name a batch item ({@code items[3].movieId}). */
	public List<ItemError> itemErrors() {
		List<ItemError> errors = new ArrayList<>();
		for (JsonNode error : this.body.path("errors")) {
			Matcher matcher = ITEM_FIELD.matcher(error.path("field").asString(""));
			if (matcher.matches()) {
				errors.add(new ItemError(Integer.parseInt(matcher.group(1)), matcher.group(2),
						error.path("message").asString(""), text(error.path("rejectedValue"))));
			}
		}
		return errors;
	}

	/** Whether the problem has errors that name no item. */
	public boolean hasErrorsBeyondItems() {
		int all = 0;
		for (JsonNode ignored : this.body.path("errors")) {
			all++;
		}
		return all > itemErrors().size() || (all == 0 && !ok());
	}

	/** One invalid batch item, by index. */
	public record ItemError(int index, String field, String message, @Nullable String rejectedValue) {

	}

	private static @Nullable String text(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node.asString();
	}

}
