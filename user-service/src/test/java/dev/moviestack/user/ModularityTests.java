package dev.moviestack.user;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages of user-service from reaching into each other's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(UserApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		this.modules.verify();
	}

}
