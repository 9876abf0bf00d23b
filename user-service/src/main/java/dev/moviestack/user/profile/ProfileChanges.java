package dev.moviestack.user.profile;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;

/**
 * A partial update of a profile: {@code null} leaves a field as it is.
 *
 * @param displayName the new display name
 * @param favouriteGenres the new favourite genres, replacing the old ones (empty clears
 * them)
 */
public record ProfileChanges(@Nullable String displayName, @Nullable Set<Genre> favouriteGenres) {

}
