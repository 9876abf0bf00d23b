/**
 * {@code POST /api/users} (public sign-up) and the admin endpoints under
 * {@code /api/users}.
 */
@NullMarked
package dev.moviestack.user.account.web;

import org.jspecify.annotations.NullMarked;
