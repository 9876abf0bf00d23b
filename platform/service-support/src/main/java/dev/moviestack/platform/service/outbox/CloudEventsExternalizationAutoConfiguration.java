package dev.moviestack.platform.service.outbox;

import dev.moviestack.platform.events.CloudEventHeaders;
import dev.moviestack.platform.events.DomainEvent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * Externalizes every {@code @Externalized} event with CloudEvents headers (binary mode),
 * routed and keyed by its annotation.
 */
@AutoConfiguration(beforeName = "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration")
@ConditionalOnClass(EventExternalizationConfiguration.class)
public class CloudEventsExternalizationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EventExternalizationConfiguration cloudEventsExternalization(
			@Value("${moviestack.events.source:/moviestack/${spring.application.name:unknown}}") String source) {
		return EventExternalizationConfiguration.externalizing()
			.select(EventExternalizationConfiguration.annotatedAsExternalized())
			.headers(DomainEvent.class, (event) -> CloudEventHeaders.of(event, source))
			.build();
	}

}
