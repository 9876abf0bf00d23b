package dev.moviestack.catalog.movie.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import dev.moviestack.catalog.movie.ExternalIdConflictException;
import dev.moviestack.catalog.movie.MovieNotFoundException;
import dev.moviestack.catalog.movie.StaleMovieVersionException;
import dev.moviestack.platform.service.web.FieldError;
import dev.moviestack.platform.service.web.ProblemResponses;
import dev.moviestack.platform.service.web.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the catalog's domain exceptions into problems; everything else falls through to
 * the platform's {@code ProblemDetailsAdvice}.
 */
@RestControllerAdvice(basePackageClasses = MovieProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MovieProblemHandler {

	@ExceptionHandler
	ProblemDetail notFound(MovieNotFoundException ex, HttpServletRequest request) {
		return ProblemResponses.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, ex.getMessage(), request);
	}

	@ExceptionHandler
	ProblemDetail staleVersion(StaleMovieVersionException ex, HttpServletRequest request) {
		return ProblemResponses.problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
				ex.getMessage(), request);
	}

	@ExceptionHandler
	ProblemDetail externalIdConflict(ExternalIdConflictException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, ex.getMessage(),
				request);
		List<FieldError> errors = ex.conflicts()
			.stream()
			.map((conflict) -> new FieldError(
					((conflict.item() != null) ? "items[" + conflict.item() + "]." : "") + "externalIds."
							+ conflict.source().property(),
					"already belongs to movie " + conflict.owner(), conflict.value()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

}
