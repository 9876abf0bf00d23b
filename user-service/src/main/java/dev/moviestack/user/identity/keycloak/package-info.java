/**
 * The Keycloak admin REST API behind
 * {@link dev.moviestack.user.identity.IdentityProvider}, through the official admin
 * client with a {@code client_credentials} service account.
 */
@NullMarked
package dev.moviestack.user.identity.keycloak;

import org.jspecify.annotations.NullMarked;
