/**
 * {@code /api/users/me}: read and change one's own profile.
 */
@NullMarked
package dev.moviestack.user.profile.web;

import org.jspecify.annotations.NullMarked;
