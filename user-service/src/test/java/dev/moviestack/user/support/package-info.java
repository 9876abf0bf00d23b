/**
 * Real infrastructure for the integration tests: SMTP in the JVM, the Keycloak realm of
 * the test stack, and a reader of the user topic.
 */
@NullMarked
package dev.moviestack.user.support;

import org.jspecify.annotations.NullMarked;
