/**
 * {@code DELETE /api/users/me}.
 */
@NullMarked
package dev.moviestack.user.erasure.web;

import org.jspecify.annotations.NullMarked;
