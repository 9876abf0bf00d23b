package dev.moviestack.user;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UserServiceConfiguration {

	/** One clock for every timestamp, so that tests can move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
