/**
 * Erasure of an account: profile and {@code UserDeleted} in one transaction, then the
 * Keycloak account, retried until it is gone.
 */
@NullMarked
package dev.moviestack.user.erasure;

import org.jspecify.annotations.NullMarked;
