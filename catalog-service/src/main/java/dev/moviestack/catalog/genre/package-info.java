/**
 * The genres a movie may have: the list of {@link dev.moviestack.contract.catalog.Genre},
 * published at {@code /api/genres}.
 */
@NullMarked
package dev.moviestack.catalog.genre;

import org.jspecify.annotations.NullMarked;
