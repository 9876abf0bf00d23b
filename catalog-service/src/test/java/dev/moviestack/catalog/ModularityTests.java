package dev.moviestack.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages of catalog-service from reaching into each other's
 * internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CatalogApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		this.modules.verify();
	}

}
