package dev.moviestack.recommender;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages of recommender-service from reaching into each other's
 * internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RecommenderApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		this.modules.verify();
	}

}
