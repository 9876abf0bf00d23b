/**
 * Redis token buckets per caller: the JWT subject, or the client address for anonymous
 * calls and logins.
 */
@NullMarked
package dev.moviestack.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
