package dev.moviestack.catalog.movie.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.moviestack.catalog.movie.Movie;
import dev.moviestack.platform.service.web.ApiException;
import org.springframework.http.ETag;

/**
 * A movie's entity tag is its version, as a strong tag ({@code "3"}): two representations
 * of one version are byte for byte the same. Conditional writes compare it with
 * {@code If-Match} (RFC 9110, 13.1.1).
 */
final class EntityTags {

	private EntityTags() {
	}

	static String of(Movie movie) {
		return "\"" + movie.version() + "\"";
	}

	/**
	 * The {@code If-Match} header of a write that requires it.
	 * @throws ApiException.PreconditionRequired if it is missing
	 */
	static String requirePresent(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ApiException.PreconditionRequired(
					"Send If-Match with the ETag of the movie you read, so that no one else's change is overwritten");
		}
		return ifMatch;
	}

	/**
	 * Checks {@code If-Match} against the current movie.
	 * @return the version the write may change
	 * @throws ApiException.PreconditionFailed if no tag in it matches
	 */
	static long match(String ifMatch, Movie current) {
		return checkMatch(ifMatch, current);
	}

	private static long checkMatch(String ifMatch, Movie current) {
		List<ETag> tags = ETag.parse(ifMatch);
		String version = String.valueOf(current.version());
		// strong comparison: a weak tag never matches If-Match
		boolean matches = tags.stream()
			.anyMatch((tag) -> tag.isWildcard() || (!tag.weak() && tag.tag().equals(version)));
		if (!matches) {
			throw new ApiException.PreconditionFailed("Movie " + current.id() + " is at version " + version
					+ ", not at " + ifMatch + "; read it again and retry");
		}
		return current.version();
	}

}
