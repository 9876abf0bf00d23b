package dev.moviestack.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a {@link Problem} straight to a reactive response: for security handlers,
 * gateway filters, fallbacks and the error handler, which all run outside a controller.
 */
@Component
public class ProblemWriter {

	/** The path the client asked for, kept before any forward to a fallback. */
	public static final String REQUEST_PATH_ATTRIBUTE = ProblemWriter.class.getName() + ".requestPath";

	/** The request id of the exchange (see the request id filter). */
	public static final String REQUEST_ID_ATTRIBUTE = ProblemWriter.class.getName() + ".requestId";

	private final JsonMapper jsonMapper;

	public ProblemWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
		return write(exchange, exchange.getResponse(), problem);
	}

	/**
	 * Writes to {@code response}, which may be the undecorated delegate of the exchange's
	 * response.
	 */
	public Mono<Void> write(ServerWebExchange exchange, ServerHttpResponse response, Problem problem) {
		if (response.isCommitted()) {
			return Mono.empty();
		}
		byte[] body = this.jsonMapper.writeValueAsBytes(body(exchange, problem));
		response.setStatusCode(problem.status());
		HttpHeaders headers = response.getHeaders();
		// a failed proxy call may have left the downstream's entity headers behind
		headers.remove(HttpHeaders.CONTENT_ENCODING);
		headers.remove(HttpHeaders.TRANSFER_ENCODING);
		headers.remove(HttpHeaders.ETAG);
		headers.remove(HttpHeaders.LAST_MODIFIED);
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLength(body.length);
		String retryAfter = problem.retryAfterSeconds();
		if (retryAfter != null) {
			headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	private static Map<String, Object> body(ServerWebExchange exchange, Problem problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.type().toString());
		body.put("title", problem.status().getReasonPhrase());
		body.put("status", problem.status().value());
		body.put("detail", problem.detail());
		body.put("instance",
				exchange.getAttributeOrDefault(REQUEST_PATH_ATTRIBUTE, exchange.getRequest().getPath().value()));
		String requestId = exchange.getAttribute(REQUEST_ID_ATTRIBUTE);
		if (requestId != null) {
			body.put("requestId", requestId);
		}
		if (!problem.errors().isEmpty()) {
			body.put("errors", problem.errors());
		}
		return body;
	}

}
