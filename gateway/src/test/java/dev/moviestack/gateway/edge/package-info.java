@NullMarked
package dev.moviestack.gateway.edge;

import org.jspecify.annotations.NullMarked;
