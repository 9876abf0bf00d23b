package dev.moviestack.tools.movielens.dataset;

/** A line that could not be imported, and why. */
public record LineError(Origin origin, String message) {

	@Override
	public String toString() {
		return this.origin + ": " + this.message;
	}

}
