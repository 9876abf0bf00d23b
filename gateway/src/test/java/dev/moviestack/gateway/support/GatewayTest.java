package dev.moviestack.gateway.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The gateway on a random port in front of WireMock services and a WireMock Keycloak,
 * with the test stack's Redis and a real tracer. Every class with this annotation shares
 * one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.structured.format.console=")
@AutoConfigureWebTestClient
@AutoConfigureTracing
@ContextConfiguration(initializers = GatewayEnvironment.class)
public @interface GatewayTest {

}
