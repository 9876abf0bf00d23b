@NullMarked
package dev.moviestack.gateway.security;

import org.jspecify.annotations.NullMarked;
