/**
 * Edge hygiene: request ids, CORS, security headers and the removal of identity headers a
 * client must never be able to set.
 */
@NullMarked
package dev.moviestack.gateway.edge;

import org.jspecify.annotations.NullMarked;
