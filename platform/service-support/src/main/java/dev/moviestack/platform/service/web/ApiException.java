package dev.moviestack.platform.service.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A domain-level failure that maps to one problem response. Services throw the
 * subclasses; {@link ProblemDetailsAdvice} renders them.
 */
public abstract class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final URI type;

	protected ApiException(HttpStatus status, URI type, String detail) {
		super(detail);
		this.status = status;
		this.type = type;
	}

	public HttpStatus status() {
		return this.status;
	}

	public URI type() {
		return this.type;
	}

	/** The resource does not exist (or is not visible to the caller). */
	public static class NotFound extends ApiException {

		public NotFound(String detail) {
			super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, detail);
		}

	}

	/** The request clashes with the current state, for example a duplicate unique key. */
	public static class Conflict extends ApiException {

		public Conflict(String detail) {
			super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, detail);
		}

	}

	/** {@code If-Match} named a version that is no longer current. */
	public static class PreconditionFailed extends ApiException {

		public PreconditionFailed(String detail) {
			super(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED, detail);
		}

	}

	/**
	 * A conditional write arrived without {@code If-Match}: the client must name the
	 * version it changes, so that it cannot overwrite a change it has not seen.
	 */
	public static class PreconditionRequired extends ApiException {

		public PreconditionRequired(String detail) {
			super(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED, detail);
		}

	}

	/** A semantic validation failure found beyond bean validation. */
	public static class BadRequest extends ApiException {

		public BadRequest(String detail) {
			super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, detail);
		}

	}

}
