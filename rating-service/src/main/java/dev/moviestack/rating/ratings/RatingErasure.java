package dev.moviestack.rating.ratings;

/** Erases a user's ratings when the account goes. */
public interface RatingErasure {

	/**
	 * Deletes every rating of the user and publishes their deletion. Idempotent: a second
	 * call finds nothing and publishes nothing.
	 * @return how many ratings were deleted
	 */
	int eraseUser(String userId);

}
