package dev.moviestack.rating;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages of rating-service from reaching into each other's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RatingApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		this.modules.verify();
	}

}
