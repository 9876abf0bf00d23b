package dev.moviestack.catalog.movie.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import dev.moviestack.catalog.movie.ExternalIds;

/** Ids of a movie in other databases; each optional, each unique across movies. */
@Schema(name = "ExternalIds", description = "Ids of the movie in other databases; each is optional and unique")
record ExternalIdsJson(@Schema(types = {
		"integer", "null" }, description = "MovieLens movieId", example = "1",
		minimum = "1") @Positive @Nullable Long movieLens,
		@Schema(types = { "string", "null" }, description = "IMDb title id", example = "tt0114709",
				pattern = ExternalIds.IMDB_FORMAT) @Pattern(regexp = ExternalIds.IMDB_FORMAT,
						message = "must be an IMDb title id such as tt0114709") @Nullable String imdb,
		@Schema(types = { "integer", "null" }, description = "The Movie Database id", example = "862",
				minimum = "1") @Positive @Nullable Long tmdb){

	static final ExternalIdsJson NONE = new ExternalIdsJson(null, null, null);

	static ExternalIdsJson from(ExternalIds ids) {
		return new ExternalIdsJson(ids.movieLens(), ids.imdb(), ids.tmdb());
	}

	ExternalIds toExternalIds() {
		return new ExternalIds(this.movieLens, this.imdb, this.tmdb);
	}

}
