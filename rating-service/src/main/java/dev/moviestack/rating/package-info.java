@NullMarked
package dev.moviestack.rating;

import org.jspecify.annotations.NullMarked;
