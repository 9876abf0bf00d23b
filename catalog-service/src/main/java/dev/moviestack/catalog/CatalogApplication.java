package dev.moviestack.catalog;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * catalog-service: owns the movies, publishes their changes on {@code catalog.movie.v1}.
 */
@SpringBootApplication
public class CatalogApplication {

	public static void main(String[] args) {
		SpringApplication.run(CatalogApplication.class, args);
	}

	/** The time of every write; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
