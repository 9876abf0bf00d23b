package dev.moviestack.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway is configuration plus a little reactive code: controllers only for login
 * and fallbacks, nothing blocking or servlet-based, no Jackson 2, and no service's code.
 */
@AnalyzeClasses(packages = "dev.moviestack.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule controllersOnlyForLoginAndFallbacks = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAnyPackage("..gateway.auth..", "..gateway.fallback..");

	@ArchTest
	static final ArchRule reactiveOnly = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..",
				"org.springframework.web.client..");

	@ArchTest
	static final ArchRule jackson3Only = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("com.fasterxml.jackson.databind..");

	@ArchTest
	static final ArchRule noServiceCode = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.moviestack.catalog..", "dev.moviestack.user..", "dev.moviestack.rating..",
				"dev.moviestack.search..", "dev.moviestack.recommender..", "dev.moviestack.contract..");

	@ArchTest
	static final ArchRule featuresFreeOfCycles = slices().matching("dev.moviestack.gateway.(*)..")
		.should()
		.beFreeOfCycles();

}
