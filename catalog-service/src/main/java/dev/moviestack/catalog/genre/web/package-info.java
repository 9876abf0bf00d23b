/** GET /api/genres. */
@NullMarked
package dev.moviestack.catalog.genre.web;

import org.jspecify.annotations.NullMarked;
