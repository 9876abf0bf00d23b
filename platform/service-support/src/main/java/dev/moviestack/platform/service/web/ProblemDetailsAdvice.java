package dev.moviestack.platform.service.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders every failure as RFC 9457 {@code application/problem+json} with a stable
 * {@code type} and, for input errors, an {@code errors} array of {@link FieldError}s. Bad
 * input is always a 4xx; only a bug is a 500, and its details stay in the log.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> handleApi(ApiException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setType(ex.type());
		return createResponseEntity(problem, new HttpHeaders(), ex.status(), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage(),
					safeValue(violation.getInvalidValue())))
			.toList();
		return validationProblem("Request has invalid values", errors, request);
	}

	/**
	 * Validation a controller runs itself (for example on the result of a JSON merge
	 * patch) answers like bean validation of a request body.
	 */
	@ExceptionHandler(BindException.class)
	ResponseEntity<Object> handleBind(BindException ex, WebRequest request) {
		return validationProblem("Request has invalid fields", fieldErrors(ex.getBindingResult()), request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The resource was changed concurrently; read it again and retry");
		problem.setType(ProblemTypes.CONFLICT);
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex, WebRequest request) {
		log.info("Rejected write that violates a constraint: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The request conflicts with existing data");
		problem.setType(ProblemTypes.CONFLICT);
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		// Spring Security's ExceptionTranslationFilter answers 401 or 403 for these
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure on {}", describe(request), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred");
		problem.setType(ProblemTypes.INTERNAL);
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationProblem("Request has invalid fields", fieldErrors(ex.getBindingResult()), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = (error instanceof org.springframework.validation.FieldError fieldError)
						? fieldError.getField() : ((name != null) ? name : "parameter");
				errors.add(new FieldError(field, String.valueOf(error.getDefaultMessage()),
						safeValue(result.getArgument())));
			}
		}
		return validationProblem("Request has invalid values", errors, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "value";
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + name + "' must be a valid " + expected);
		problem.setType(ProblemTypes.MALFORMED_REQUEST);
		problem.setProperty("errors",
				List.of(new FieldError(name, "must be a valid " + expected, safeValue(ex.getValue()))));
		return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (hasCause(ex, RequestBodyLimitFilter.BodyTooLargeException.class)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"Request body is too large");
			problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
			return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Malformed request body");
		problem.setType(ProblemTypes.MALFORMED_REQUEST);
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			problem.setDetail("Unknown field '" + unknown.getPropertyName() + "'");
			problem.setProperty("errors", List.of(new FieldError(path(unknown), "unknown field", null)));
		}
		else if (cause instanceof InvalidFormatException invalid) {
			problem.setDetail("Field '" + path(invalid) + "' has the wrong type or format");
			problem.setProperty("errors", List.of(new FieldError(path(invalid),
					"must be a valid " + invalid.getTargetType().getSimpleName(), safeValue(invalid.getValue()))));
		}
		else if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			problem.setDetail("Field '" + path(mismatched) + "' has the wrong type");
			problem.setProperty("errors", List.of(new FieldError(path(mismatched), "has the wrong type", null)));
		}
		else if (cause instanceof StreamReadException) {
			problem.setDetail("Request body is not valid JSON");
		}
		else if (cause == null) {
			problem.setDetail("Request body is missing or unreadable");
		}
		return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource");
		problem.setType(ProblemTypes.NOT_FOUND);
		return createResponseEntity(problem, headers, HttpStatus.NOT_FOUND, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
				problem.setType(defaultType(statusCode));
			}
			if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
				problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
			}
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ResponseEntity<Object> validationProblem(String detail, List<FieldError> errors, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(ProblemTypes.VALIDATION);
		problem.setProperty("errors", errors);
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	private static List<FieldError> fieldErrors(BindingResult result) {
		List<FieldError> errors = new ArrayList<>();
		result.getFieldErrors()
			.forEach((error) -> errors.add(new FieldError(error.getField(), String.valueOf(error.getDefaultMessage()),
					safeValue(error.getRejectedValue()))));
		result.getGlobalErrors()
			.forEach((error) -> errors
				.add(new FieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()), null)));
		return errors;
	}

	static URI defaultType(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> ProblemTypes.MALFORMED_REQUEST;
			case 401 -> ProblemTypes.UNAUTHORIZED;
			case 403 -> ProblemTypes.FORBIDDEN;
			case 404 -> ProblemTypes.NOT_FOUND;
			case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
			case 406 -> ProblemTypes.NOT_ACCEPTABLE;
			case 409 -> ProblemTypes.CONFLICT;
			case 412 -> ProblemTypes.PRECONDITION_FAILED;
			case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
			case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
			case 428 -> ProblemTypes.PRECONDITION_REQUIRED;
			case 429 -> ProblemTypes.TOO_MANY_REQUESTS;
			case 503 -> ProblemTypes.SERVICE_UNAVAILABLE;
			default -> status.is4xxClientError() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL;
		};
	}

	/** JSON path of the failing node, such as {@code items[2].title}. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String lastNode(String propertyPath) {
		// "create.request.title" -> "request.title": drop the method name
		int dot = propertyPath.indexOf('.');
		return (dot >= 0) ? propertyPath.substring(dot + 1) : propertyPath;
	}

	/** Echo short scalar values only; never echo large or structured input back. */
	private static @Nullable Object safeValue(@Nullable Object value) {
		if (value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof CharSequence text) {
			return (text.length() <= 100) ? text.toString() : text.subSequence(0, 100) + "…";
		}
		return (value != null && value.getClass().isEnum()) ? value.toString().toLowerCase(Locale.ROOT) : null;
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
		}
		return false;
	}

	private static String describe(WebRequest request) {
		if (request instanceof ServletWebRequest servlet) {
			HttpServletRequest http = servlet.getRequest();
			return http.getMethod() + " " + http.getRequestURI();
		}
		return request.getDescription(false);
	}

}
