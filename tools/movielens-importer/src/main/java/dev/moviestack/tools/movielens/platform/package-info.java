/**
 * The running platform as the importer sees it: Keycloak for an admin token, and the
 * catalog and rating batch endpoints.
 */
@NullMarked
package dev.moviestack.tools.movielens.platform;

import org.jspecify.annotations.NullMarked;
