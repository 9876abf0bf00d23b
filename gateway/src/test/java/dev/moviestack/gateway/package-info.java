@NullMarked
package dev.moviestack.gateway;

import org.jspecify.annotations.NullMarked;
