package dev.moviestack.rating.ratings.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import dev.moviestack.platform.service.web.FieldError;
import dev.moviestack.platform.service.web.ProblemTypes;
import dev.moviestack.rating.ratings.RatingBatchRejected;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rejected batch is a validation problem whose {@code errors} name each item by index,
 * like bean validation does: {@code items[3].movieId}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RatingBatchProblems {

	@ExceptionHandler(RatingBatchRejected.class)
	ProblemDetail rejected(RatingBatchRejected rejected, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				rejected.getMessage() + "; nothing was written");
		problem.setType(ProblemTypes.VALIDATION);
		problem.setInstance(URI.create(request.getRequestURI()));
		List<FieldError> errors = rejected.errors()
			.stream()
			.map((error) -> new FieldError("items[" + error.index() + "]." + error.field(), error.message(),
					error.rejectedValue()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

}
