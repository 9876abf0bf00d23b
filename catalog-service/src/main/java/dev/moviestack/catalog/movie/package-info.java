/**
 * The movie catalog: the {@link dev.moviestack.catalog.movie.Movie} aggregate, its rules,
 * and {@link dev.moviestack.catalog.movie.MovieCatalog}, the application service every
 * write goes through. Each write publishes a
 * {@link dev.moviestack.contract.catalog.MovieEvent} in its own transaction (the outbox).
 * This package knows nothing of HTTP or JSON; {@code web} does.
 */
@NullMarked
package dev.moviestack.catalog.movie;

import org.jspecify.annotations.NullMarked;
