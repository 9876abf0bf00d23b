/**
 * What the circuit breakers answer with when a service is down or slow.
 */
@NullMarked
package dev.moviestack.gateway.fallback;

import org.jspecify.annotations.NullMarked;
