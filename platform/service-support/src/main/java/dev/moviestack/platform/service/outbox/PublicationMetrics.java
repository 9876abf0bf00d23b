package dev.moviestack.platform.service.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.ProducerListener;

/**
 * Counts events the broker acknowledged ({@code moviestack.events.published}) and those
 * it did not ({@code moviestack.events.failed}), per topic.
 */
class PublicationMetrics implements ProducerListener<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(PublicationMetrics.class);

	private final MeterRegistry registry;

	PublicationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
		counter("moviestack.events.published", record.topic()).increment();
	}

	@Override
	public void onError(ProducerRecord<Object, Object> record, @Nullable RecordMetadata metadata, Exception exception) {
		counter("moviestack.events.failed", record.topic()).increment();
		log.warn("Publishing to {} failed; the outbox keeps the event for a retry: {}", record.topic(),
				exception.toString());
	}

	private Counter counter(String name, String topic) {
		return Counter.builder(name).tag("topic", topic).register(this.registry);
	}

}
