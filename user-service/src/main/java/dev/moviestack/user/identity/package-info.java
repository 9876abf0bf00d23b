/**
 * Accounts in the identity provider (Keycloak): who can log in. The rest of the service
 * sees only {@link dev.moviestack.user.identity.IdentityProvider}; the Keycloak admin
 * client stays in {@code keycloak}.
 */
@NullMarked
package dev.moviestack.user.identity;

import org.jspecify.annotations.NullMarked;
