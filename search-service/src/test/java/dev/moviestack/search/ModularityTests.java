package dev.moviestack.search;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages of search-service from reaching into each other's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SearchApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		this.modules.verify();
	}

}
