package dev.moviestack.rating.movie;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which movies can be rated. The lookups lock the movies they find against a concurrent
 * deletion until the calling transaction ends, so that no rating outlives its movie.
 */
public interface MovieCatalog {

	/**
	 * Whether the movie exists and is not deleted; locks it in the current transaction.
	 */
	boolean lockRateable(UUID movieId);

	/** The given movies that exist and are not deleted; locks them, in id order. */
	Set<UUID> lockRateable(Collection<UUID> movieIds);

}
