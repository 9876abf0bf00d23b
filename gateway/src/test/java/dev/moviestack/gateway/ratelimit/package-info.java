@NullMarked
package dev.moviestack.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
