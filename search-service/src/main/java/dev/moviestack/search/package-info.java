@NullMarked
package dev.moviestack.search;

import org.jspecify.annotations.NullMarked;
