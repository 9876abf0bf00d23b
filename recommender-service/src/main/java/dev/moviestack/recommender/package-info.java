@NullMarked
package dev.moviestack.recommender;

import org.jspecify.annotations.NullMarked;
