package dev.moviestack.user;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.moviestack.platform.service.web.FieldError;
import dev.moviestack.platform.service.web.ProblemTypes;
import dev.moviestack.user.account.OwnAccountException;
import dev.moviestack.user.account.SignUpFailedException;
import dev.moviestack.user.account.WeakPasswordException;
import dev.moviestack.user.erasure.ErasurePendingException;
import dev.moviestack.user.identity.AccountAlreadyExistsException;
import dev.moviestack.user.identity.AccountNotFoundException;
import dev.moviestack.user.identity.IdentityProviderUnavailableException;
import dev.moviestack.user.identity.InvalidAccountException;
import dev.moviestack.user.profile.ProfileErasedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps this service's domain exceptions to problem responses, before the platform's
 * catch-all turns them into a 500. The modules stay free of HTTP.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(DomainProblemAdvice.class);

	/** Seconds a client should wait before retrying after a 503. */
	private static final String RETRY_AFTER = "30";

	@ExceptionHandler(AccountAlreadyExistsException.class)
	ResponseEntity<ProblemDetail> duplicate(AccountAlreadyExistsException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, ex.getMessage(), request));
	}

	@ExceptionHandler(OwnAccountException.class)
	ResponseEntity<ProblemDetail> ownAccount(OwnAccountException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, ex.getMessage(), request));
	}

	@ExceptionHandler(WeakPasswordException.class)
	ResponseEntity<ProblemDetail> weakPassword(WeakPasswordException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Request has invalid fields",
				request);
		// never the password itself as rejectedValue
		problem.setProperty("errors",
				ex.violations().stream().map((violation) -> new FieldError("password", violation, null)).toList());
		return respond(problem);
	}

	@ExceptionHandler(InvalidAccountException.class)
	ResponseEntity<ProblemDetail> invalidAccount(InvalidAccountException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, ex.getMessage(), request));
	}

	@ExceptionHandler(AccountNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(AccountNotFoundException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such account", request));
	}

	@ExceptionHandler(ProfileErasedException.class)
	ResponseEntity<ProblemDetail> erased(ProfileErasedException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, ex.getMessage(), request));
	}

	@ExceptionHandler(IdentityProviderUnavailableException.class)
	ResponseEntity<ProblemDetail> identityProviderDown(IdentityProviderUnavailableException ex,
			HttpServletRequest request) {
		log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		return unavailable("Accounts cannot be managed right now; nothing was changed, please try again later",
				request);
	}

	@ExceptionHandler(SignUpFailedException.class)
	ResponseEntity<ProblemDetail> signUpFailed(SignUpFailedException ex, HttpServletRequest request) {
		return unavailable(ex.getMessage(), request);
	}

	@ExceptionHandler(ErasurePendingException.class)
	ResponseEntity<ProblemDetail> erasurePending(ErasurePendingException ex, HttpServletRequest request) {
		return unavailable(ex.getMessage(), request);
	}

	private static ResponseEntity<ProblemDetail> unavailable(String detail, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, detail,
				request);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
			.body(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, URI type, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
