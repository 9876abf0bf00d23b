/**
 * The HTTP API of the movie catalog under {@code /api/movies}: JSON records in and out,
 * validation at the boundary, entity tags from the version, and RFC 9457 problems for
 * every failure. Talks to {@link dev.moviestack.catalog.movie.MovieCatalog} only.
 */
@NullMarked
package dev.moviestack.catalog.movie.web;

import org.jspecify.annotations.NullMarked;
