/**
 * RFC 9457 problem responses for everything the gateway itself rejects or fails: the same
 * stable {@code type} URIs the services use.
 */
@NullMarked
package dev.moviestack.gateway.problem;

import org.jspecify.annotations.NullMarked;
