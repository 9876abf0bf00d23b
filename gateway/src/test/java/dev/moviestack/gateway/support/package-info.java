/**
 * Test stand-ins: WireMock for Keycloak and every service, and tokens signed by a test
 * key that WireMock publishes as the realm's JWKS.
 */
@NullMarked
package dev.moviestack.gateway.support;

import org.jspecify.annotations.NullMarked;
