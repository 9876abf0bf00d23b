/** HTTP API of ratings: records in and out, never the tables. */
@NullMarked
package dev.moviestack.rating.ratings.web;

import org.jspecify.annotations.NullMarked;
