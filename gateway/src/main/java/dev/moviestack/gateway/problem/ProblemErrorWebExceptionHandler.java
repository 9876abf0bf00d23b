package dev.moviestack.gateway.problem;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import dev.moviestack.platform.service.web.FieldError;
import dev.moviestack.platform.service.web.ProblemTypes;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Every error that reaches the web layer becomes a problem: the gateway's own
 * {@link ProblemException}s, validation and unreadable input (400), unknown paths (404),
 * wrong methods and media types, and a service that cannot be reached (503). Anything
 * else is a bug: a 500 whose details stay in the log. Runs before Boot's JSON error
 * handler.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private final ProblemWriter writer;

	private final Duration retryAfter;

	ProblemErrorWebExceptionHandler(ProblemWriter writer,
			@Value("${moviestack.gateway.fallback.retry-after:10s}") Duration retryAfter) {
		this.writer = writer;
		this.retryAfter = retryAfter;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		return this.writer.write(exchange, toProblem(exchange, failure));
	}

	private Problem toProblem(ServerWebExchange exchange, Throwable failure) {
		if (failure instanceof ProblemException problemException) {
			return problemException.problem();
		}
		if (failure instanceof WebExchangeBindException invalid) {
			List<FieldError> errors = invalid.getFieldErrors()
				.stream()
				// no rejected values: these inputs are credentials and tokens
				.map((error) -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage()), null))
				.toList();
			return Problem.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "The request has invalid fields")
				.withErrors(errors);
		}
		if (failure instanceof ServerWebInputException unreadable) {
			return Problem.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, unreadableDetail(unreadable));
		}
		if (failure instanceof ResponseStatusException statusException) {
			return fromStatus(statusException.getStatusCode());
		}
		// for example the gateway's ServiceUnavailableException: a circuit breaker is
		// open
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
		if (annotated != null) {
			return fromStatus(annotated.code());
		}
		if (failure instanceof CallNotPermittedException) {
			return unavailable(HttpStatus.SERVICE_UNAVAILABLE);
		}
		if (isUnreachable(failure)) {
			log.warn("{} {}: the service cannot be reached: {}", exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), failure.toString());
			return unavailable(HttpStatus.SERVICE_UNAVAILABLE);
		}
		log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
		return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "An unexpected error occurred");
	}

	private Problem fromStatus(HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		if (status == null) {
			status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return switch (status.value()) {
			case 404 -> Problem.of(status, ProblemTypes.NOT_FOUND, "There is nothing at this path");
			case 405 -> Problem.of(status, ProblemTypes.METHOD_NOT_ALLOWED, "This method is not allowed on this path");
			case 406 -> Problem.of(status, ProblemTypes.NOT_ACCEPTABLE, "No acceptable representation is available");
			case 413 -> Problem.of(status, ProblemTypes.PAYLOAD_TOO_LARGE, "The request body is too large");
			case 415 ->
				Problem.of(status, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "This content type is not supported here");
			case 502, 503, 504 -> unavailable(status);
			default -> Problem.of(status, typeOf(status), status.getReasonPhrase());
		};
	}

	private Problem unavailable(HttpStatus status) {
		return Problem.of(status, ProblemTypes.SERVICE_UNAVAILABLE, "The service is unavailable; try again later")
			.withRetryAfter(this.retryAfter);
	}

	private static URI typeOf(HttpStatus status) {
		return switch (status.value()) {
			case 401 -> ProblemTypes.UNAUTHORIZED;
			case 403 -> ProblemTypes.FORBIDDEN;
			case 409 -> ProblemTypes.CONFLICT;
			case 412 -> ProblemTypes.PRECONDITION_FAILED;
			case 429 -> ProblemTypes.TOO_MANY_REQUESTS;
			default -> status.is4xxClientError() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL;
		};
	}

	private static String unreadableDetail(ServerWebInputException failure) {
		if (failure.getCause() instanceof DecodingException) {
			return "The request body is not JSON of the expected shape";
		}
		String reason = failure.getReason();
		return (reason != null) ? reason : "The request cannot be read";
	}

	private static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// refused, reset or closed early (IOException), or no answer in time
			if (cause instanceof IOException || cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

}
