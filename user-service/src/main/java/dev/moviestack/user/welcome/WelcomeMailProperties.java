package dev.moviestack.user.welcome;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The welcome e-mail and its consumer. The SMTP server itself is {@code spring.mail.*}
 * ({@code SMTP_HOST}, {@code SMTP_PORT}).
 *
 * @param from sender address
 * @param subject subject line
 * @param consumerGroup Kafka consumer group of the listener
 * @param retryFor how long a failing mail is retried (SMTP down) before it is given up
 * and logged as an error
 */
@ConfigurationProperties("moviestack.welcome")
public record WelcomeMailProperties(@DefaultValue("MovieStack <welcome@moviestack.dev>") String from,
		@DefaultValue("Welcome to MovieStack") String subject,
		@DefaultValue("user-service.welcome-mail") String consumerGroup, @DefaultValue("1h") Duration retryFor) {

}
