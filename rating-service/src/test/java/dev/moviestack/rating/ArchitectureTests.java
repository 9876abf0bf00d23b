package dev.moviestack.rating;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the rating rules free of web, persistence and messaging concerns. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("dev.moviestack.rating");

	@Test
	void theDomainKnowsNoFrameworks() {
		noClasses().that()
			.resideInAPackage("..ratings.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "java.sql..",
					"org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..")
			.check(this.classes);
	}

	@Test
	void onlyTheWebLayerServesHttp() {
		noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web.bind.annotation..")
			.check(this.classes);
	}

	@Test
	void theWebLayerNeverTouchesTables() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "jakarta.persistence..")
			.check(this.classes);
	}

}
