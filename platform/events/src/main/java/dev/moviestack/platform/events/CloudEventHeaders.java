package dev.moviestack.platform.events;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as
 * {@code ce_*} headers and the payload is the JSON event.
 */
public final class CloudEventHeaders {

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String TYPE = "ce_type";

	public static final String TIME = "ce_time";

	public static final String SUBJECT = "ce_subject";

	public static final String CONTENT_TYPE = "content-type";

	private CloudEventHeaders() {
	}

	/**
	 * The headers for one event.
	 * @param event the event
	 * @param source URI reference of the publishing service, for example
	 * {@code /moviestack/catalog-service}
	 * @return header names to string values, in a stable order
	 */
	public static Map<String, Object> of(DomainEvent event, String source) {
		Map<String, Object> headers = new LinkedHashMap<>();
		headers.put(SPEC_VERSION, "1.0");
		headers.put(ID, event.eventId().toString());
		headers.put(SOURCE, source);
		headers.put(TYPE, event.eventType());
		headers.put(TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
		headers.put(SUBJECT, event.subject());
		headers.put(CONTENT_TYPE, "application/json");
		return headers;
	}

}
