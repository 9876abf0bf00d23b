@NullMarked
package dev.moviestack.gateway.operations;

import org.jspecify.annotations.NullMarked;
