/**
 * Sign-up (Keycloak account, profile and {@code UserRegistered} as one unit, with
 * compensation) and the administration of accounts (list, look up, disable, enable).
 */
@NullMarked
package dev.moviestack.user.account;

import org.jspecify.annotations.NullMarked;
