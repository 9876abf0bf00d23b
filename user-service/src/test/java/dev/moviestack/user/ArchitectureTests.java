package dev.moviestack.user;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the domain (the records, policies, ports and exceptions of each module) free of
 * web, persistence, messaging and Keycloak concerns, and each of those in its place.
 */
class ArchitectureTests {

	private static final String[] MODULES = { "dev.moviestack.user.account", "dev.moviestack.user.erasure",
			"dev.moviestack.user.identity", "dev.moviestack.user.profile", "dev.moviestack.user.welcome" };

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("dev.moviestack.user");

	@Test
	void theDomainKnowsNoFrameworks() {
		noClasses().that()
			.resideInAnyPackage(MODULES)
			.and()
			.areNotAnnotatedWith(Service.class)
			.and()
			.areNotAnnotatedWith(Component.class)
			.and()
			.areNotAnnotatedWith(Configuration.class)
			.and()
			.areNotAnnotatedWith(ConfigurationProperties.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "java.sql..",
					"org.keycloak..", "jakarta.ws.rs..", "org.apache.kafka..", "tools.jackson..",
					"com.fasterxml.jackson..", "jakarta.mail..")
			.check(this.classes);
	}

	@Test
	void onlyTheKeycloakAdapterKnowsKeycloak() {
		noClasses().that()
			.resideOutsideOfPackage("..identity.keycloak..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.keycloak..", "jakarta.ws.rs..", "org.jboss.resteasy..")
			.check(this.classes);
	}

	@Test
	void onlyTheWebLayerServesHttp() {
		// the root package holds the security chain and the problem mapping
		noClasses().that()
			.resideOutsideOfPackages("..web..", "dev.moviestack.user")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
					"org.springframework.security.oauth2..", "io.swagger..")
			.check(this.classes);
	}

	@Test
	void theWebLayerNeverTouchesTablesOrKeycloak() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..persistence..", "jakarta.persistence..", "org.springframework.jdbc..", "java.sql..",
					"org.springframework.data..", "..identity.keycloak..", "org.keycloak..")
			.check(this.classes);
	}

	@Test
	void onlyPersistencePackagesTalkToTheDatabase() {
		noClasses().that()
			.resideOutsideOfPackage("..persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "org.springframework.jdbc..", "java.sql..", "org.hibernate..")
			.check(this.classes);
	}

}
