/**
 * Test support: connects Spring tests to the real infrastructure that {@code infra/stack}
 * runs (a throw-away PostgreSQL database per context, Kafka, Elasticsearch) and issues
 * signed test tokens from a local JWKS endpoint.
 */
@NullMarked
package dev.moviestack.platform.test;

import org.jspecify.annotations.NullMarked;
