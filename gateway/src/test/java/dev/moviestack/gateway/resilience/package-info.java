@NullMarked
package dev.moviestack.gateway.resilience;

import org.jspecify.annotations.NullMarked;
