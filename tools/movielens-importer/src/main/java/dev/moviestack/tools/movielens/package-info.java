/**
 * A command-line tool that imports a MovieLens data set into a running MovieStack through
 * its public batch APIs: movies into the catalog, ratings as pseudo-users
 * {@code movielens:<id>} into rating-service.
 */
@NullMarked
package dev.moviestack.tools.movielens;

import org.jspecify.annotations.NullMarked;
