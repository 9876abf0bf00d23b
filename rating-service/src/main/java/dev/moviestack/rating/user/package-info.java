/**
 * Account lifecycle from {@code user.user.v1}: an erased account takes its ratings with
 * it.
 */
@NullMarked
package dev.moviestack.rating.user;

import org.jspecify.annotations.NullMarked;
