package dev.moviestack.catalog.movie;

/** No movie matches the id the caller named. */
public class MovieNotFoundException extends RuntimeException {

	MovieNotFoundException(String message) {
		super(message);
	}

}
