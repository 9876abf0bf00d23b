/**
 * Reading MovieLens data sets in their three layouts (CSV of ml-latest and ml-20m/25m,
 * '::' of ml-1m, '|' and tabs of ml-100k) into movies and ratings, line by line, so that
 * a malformed line is reported with its file and line number and the rest still reads.
 */
@NullMarked
package dev.moviestack.tools.movielens.dataset;

import org.jspecify.annotations.NullMarked;
