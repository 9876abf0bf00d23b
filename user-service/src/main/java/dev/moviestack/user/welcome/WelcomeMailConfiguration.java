package dev.moviestack.user.welcome;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WelcomeMailProperties.class)
class WelcomeMailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WelcomeMailConfiguration.class);

	/**
	 * Retries a failing record (SMTP or database down) with growing pauses, up to a
	 * minute apart, for {@code moviestack.welcome.retry-for}; then logs it as an error
	 * and moves on. A record that cannot be read, or a mail that cannot be written, is
	 * logged at once.
	 */
	@Bean
	CommonErrorHandler welcomeMailErrorHandler(WelcomeMailProperties properties) {
		ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
		backOff.setMaxInterval(60_000);
		backOff.setMaxElapsedTime(properties.retryFor().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> log.error(
				"Gave up on {} at offset {} of partition {} (key {}); the welcome mail was not sent", record.topic(),
				record.offset(), record.partition(), record.key(), ex), backOff);
		handler.addNotRetryableExceptions(MailParseException.class, MailPreparationException.class);
		handler.setRetryListeners(
				(record, ex, attempt) -> log.warn("Welcome mail of {} failed (attempt {}), will retry: {}",
						record.key(), attempt, NestedExceptionUtils.getMostSpecificCause(ex).toString()));
		return handler;
	}

}
