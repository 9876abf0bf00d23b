package dev.moviestack.catalog;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Layering inside each feature: the domain ({@code movie}) holds the rules and knows
 * nothing of HTTP, JSON or a particular persistence framework; {@code web} adapts HTTP to
 * the domain and never touches persistence.
 */
@AnalyzeClasses(packagesOf = CatalogApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String DOMAIN = "dev.moviestack.catalog.movie";

	@ArchTest
	static final ArchRule domainKnowsNothingOfTheWeb = noClasses().that()
		.resideInAPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "jakarta.servlet..", "org.springframework.http..", "tools.jackson..",
				"com.fasterxml.jackson..", "io.swagger..")
		.because("HTTP and JSON are the web layer's business");

	@ArchTest
	static final ArchRule domainIsFreeOfPersistenceFrameworks = noClasses().that()
		.resideInAPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.hibernate..", "java.sql..", "javax.sql..", "org.springframework.jdbc..")
		.because("the domain uses only JPA mapping annotations and Spring Data repositories");

	@ArchTest
	static final ArchRule webNeverTouchesPersistence = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.springframework.data.jpa..",
				"org.springframework.jdbc..", "java.sql..")
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.because("controllers go through the application service, which owns the transactions");

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAPackage("..web..")
		.andShould()
		.notBePublic();

	@ArchTest
	static final ArchRule entitiesLiveInTheDomain = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.resideInAPackage(DOMAIN);

}
