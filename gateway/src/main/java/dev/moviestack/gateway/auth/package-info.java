/**
 * Login, refresh and logout for clients that cannot run the browser flow: a thin exchange
 * with Keycloak's token and logout endpoints.
 */
@NullMarked
package dev.moviestack.gateway.auth;

import org.jspecify.annotations.NullMarked;
