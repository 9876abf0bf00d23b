package dev.moviestack.rating.ratings.outbox;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.moviestack.platform.events.DomainEvent;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Sends every event of a {@link RatingEventBatch} to Kafka after the write committed,
 * exactly as Modulith's Kafka externalizer sends a single event: same topic and key from
 * {@code @Externalized}, same CloudEvents headers, same JSON. The publication completes
 * when the broker acknowledged every record; otherwise it stays in the registry and the
 * outbox retry sends the whole batch again (consumers drop duplicates by event id).
 */
@Component
class RatingEventBatchExternalizer {

	private final EventExternalizationConfiguration configuration;

	private final KafkaOperations<Object, Object> kafka;

	private final StandardEvaluationContext context;

	/**
	 * Topic and key expression per event type, parsed once: looking up
	 * {@code @Externalized} and parsing its SpEL for every one of 100,000 events was the
	 * largest part of publishing them.
	 */
	private final Map<Class<?>, BrokerRouting> routings = new ConcurrentHashMap<>();

	RatingEventBatchExternalizer(EventExternalizationConfiguration configuration, KafkaOperations<Object, Object> kafka,
			BeanFactory beanFactory) {
		this.configuration = configuration;
		this.kafka = kafka;
		this.context = new StandardEvaluationContext();
		this.context.setBeanResolver(new BeanFactoryResolver(beanFactory));
	}

	@ApplicationModuleListener(id = "rating-event-batch-externalizer", propagation = Propagation.NOT_SUPPORTED)
	public CompletableFuture<Void> externalize(RatingEventBatch batch) {
		CompletableFuture<?>[] sends = batch.events().stream().map(this::send).toArray(CompletableFuture[]::new);
		return CompletableFuture.allOf(sends);
	}

	private CompletableFuture<?> send(DomainEvent event) {
		if (!this.configuration.supports(event)) {
			throw new IllegalStateException(event.getClass().getName() + " is not externalized");
		}
		Object payload = this.configuration.map(event);
		BrokerRouting routing = this.routings.computeIfAbsent(event.getClass(),
				(type) -> BrokerRouting.of(this.configuration.determineTarget(event), this.context));
		Message<?> message = MessageBuilder.withPayload(payload)
			.copyHeaders(this.configuration.getHeadersFor(payload))
			.setHeaderIfAbsent(KafkaHeaders.KEY, routing.getKey(payload))
			.setHeaderIfAbsent(KafkaHeaders.TOPIC, routing.getTarget(payload))
			.build();
		return this.kafka.send(message);
	}

}
