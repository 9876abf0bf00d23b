package dev.moviestack.catalog.movie;

import java.util.UUID;

/**
 * A write named a version of the movie that is no longer the current one: someone else
 * changed it in between.
 */
public class StaleMovieVersionException extends RuntimeException {

	StaleMovieVersionException(UUID id, long expectedVersion) {
		super("Movie " + id + " is no longer at version " + expectedVersion + "; read it again and retry");
	}

}
