package dev.moviestack.gateway.problem;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.moviestack.platform.service.web.FieldError;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * One RFC 9457 problem the gateway answers with.
 *
 * @param status the HTTP status
 * @param type a stable type URI from {@code ProblemTypes}
 * @param detail what went wrong, safe to show to the caller
 * @param errors the invalid inputs of a validation problem, otherwise empty
 * @param retryAfter when to try again (sent as {@code Retry-After}), or {@code null}
 */
public record Problem(HttpStatus status, URI type, String detail, List<FieldError> errors,
		@Nullable Duration retryAfter) {

	public static Problem of(HttpStatus status, URI type, String detail) {
		return new Problem(status, type, detail, List.of(), null);
	}

	public Problem withErrors(List<FieldError> fieldErrors) {
		return new Problem(this.status, this.type, this.detail, List.copyOf(fieldErrors), this.retryAfter);
	}

	public Problem withRetryAfter(Duration delay) {
		return new Problem(this.status, this.type, this.detail, this.errors, delay);
	}

	/** {@code Retry-After} in whole seconds, rounded up and at least one. */
	public @Nullable String retryAfterSeconds() {
		if (this.retryAfter == null) {
			return null;
		}
		long millis = Math.max(this.retryAfter.toMillis(), 1);
		return Long.toString((millis + 999) / 1000);
	}

}
