package dev.moviestack.platform.test;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the real test stack: a fresh PostgreSQL database (when
 * the service has a datasource), the Kafka broker, Elasticsearch, and the
 * {@link TestJwtIssuer}. Use it with
 * {@code @ContextConfiguration(initializers = RealInfrastructure.class)}.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new HashMap<>();
		if (environment.containsProperty("spring.datasource.url")) {
			String prefix = environment.getProperty("spring.application.name", "app").replace("-service", "");
			FreshPostgresDatabase database = FreshPostgresDatabase.create(prefix, false);
			// Dropped when the context closes, after every bean that uses it (registered
			// first, so destroyed last). A JVM hook of its own would race with the
			// context's shutdown hook: beans that query on close (Spring Modulith's
			// publication registry) would then wait for a connection to a dropped
			// database until the pool times out.
			if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
				registry.registerDisposableBean("moviestackFreshPostgresDatabase", database::drop);
			}
			else {
				Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + database.name()));
			}
			properties.put("spring.datasource.url", database.jdbcUrl());
			properties.put("spring.datasource.username", database.username());
			properties.put("spring.datasource.password", database.password());
		}
		properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
		properties.put("spring.elasticsearch.uris", TestInfrastructure.elasticsearchUris());
		TestJwtIssuer issuer = TestJwtIssuer.get();
		properties.put("moviestack.security.issuer-uri", issuer.issuer());
		properties.put("moviestack.security.jwk-set-uri", issuer.jwkSetUri());
		properties.put("moviestack.security.audience", TestJwtIssuer.AUDIENCE);
		properties.put("logging.structured.format.console", "");
		environment.getPropertySources().addFirst(new MapPropertySource("moviestackTestInfrastructure", properties));
	}

}
