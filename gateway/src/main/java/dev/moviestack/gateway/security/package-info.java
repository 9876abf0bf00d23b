/**
 * Token validation and the edge authorization rules: who may call which route.
 */
@NullMarked
package dev.moviestack.gateway.security;

import org.jspecify.annotations.NullMarked;
