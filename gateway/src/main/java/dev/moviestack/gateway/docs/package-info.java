/**
 * The API documentation pages: Redoc and Swagger UI over every service's OpenAPI, all
 * served from the gateway's own origin.
 */
@NullMarked
package dev.moviestack.gateway.docs;

import org.jspecify.annotations.NullMarked;
