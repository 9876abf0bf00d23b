@NullMarked
package dev.moviestack.catalog;

import org.jspecify.annotations.NullMarked;
