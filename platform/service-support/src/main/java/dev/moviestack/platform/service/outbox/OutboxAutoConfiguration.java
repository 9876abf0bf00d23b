package dev.moviestack.platform.service.outbox;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The transactional outbox every publishing service shares: Spring Modulith's event
 * publication registry writes the event in the business transaction, the Kafka
 * externalizer sends it after commit, and a scheduled job resubmits what the broker did
 * not take, so that no event is lost while the app runs. Also counts publications.
 */
@AutoConfiguration(afterName = "org.springframework.modulith.events.config.EventPublicationAutoConfiguration")
@ConditionalOnClass(IncompleteEventPublications.class)
public class OutboxAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ProducerListener.class)
	static class PublicationMetricsConfiguration {

		@Bean
		ProducerListener<Object, Object> publicationMetrics(MeterRegistry registry) {
			return new PublicationMetrics(registry);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(IncompleteEventPublications.class)
	@ConditionalOnProperty(name = "moviestack.outbox.retry-enabled", matchIfMissing = true)
	@EnableScheduling
	static class RetryConfiguration {

		@Bean
		OutboxRetry outboxRetry(IncompleteEventPublications publications,
				ObjectProvider<FailedEventPublications> failedPublications,
				@Value("${moviestack.outbox.retry-older-than:20s}") Duration olderThan,
				@Value("${moviestack.outbox.resubmit:incomplete}") String resubmit,
				@Value("${moviestack.outbox.max-in-flight:100}") int maxInFlight) {
			// "failed": only what failed, not what still waits to be sent (see
			// OutboxRetry)
			FailedEventPublications failed = "failed".equalsIgnoreCase(resubmit) ? failedPublications.getIfAvailable()
					: null;
			return new OutboxRetry(publications, olderThan, failed, maxInFlight);
		}

	}

}
