/**
 * JPA mapping of profiles.
 */
@NullMarked
package dev.moviestack.user.profile.persistence;

import org.jspecify.annotations.NullMarked;
