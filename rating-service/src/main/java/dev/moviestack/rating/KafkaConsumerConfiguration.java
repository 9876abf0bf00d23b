package dev.moviestack.rating;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How the event listeners fail: a transient failure (database down, deadlock) is retried
 * with a pause; a record that cannot be read is logged and skipped at once.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConsumerConfiguration {

	@Bean
	DefaultErrorHandler kafkaErrorHandler() {
		return new DefaultErrorHandler(new FixedBackOff(1000, 9));
	}

}
