package dev.moviestack.catalog.movie;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which movie holds which external ids: the projection the batch import looks up. */
public record ExternalIdOwner(UUID movieId, @Nullable Long movieLens, @Nullable String imdb, @Nullable Long tmdb) {

	ExternalIds externalIds() {
		return new ExternalIds(this.movieLens, this.imdb, this.tmdb);
	}

}
