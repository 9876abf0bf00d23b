package dev.moviestack.catalog.movie;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dev.moviestack.contract.catalog.Genre;
import dev.moviestack.contract.catalog.MovieSnapshot;

/**
 * A movie in the catalog. Its id is made here rather than by the database, so that a
 * batch of new movies goes to the database in one round trip; {@code version} is the
 * optimistic lock, the HTTP entity tag, and the order of the movie's events.
 */
@Entity
@Table(name = "movie")
public class Movie {

	@Id
	private UUID id;

	private String title;

	private @Nullable String originalTitle;

	private int releaseYear;

	/** {@link Genre} constant names, sorted; a PostgreSQL array with a GIN index. */
	private String[] genres;

	private @Nullable String overview;

	private @Nullable Integer runtimeMinutes;

	@Embedded
	private @Nullable ExternalIds externalIds;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@SuppressWarnings("NullAway.Init")
	protected Movie() {
		// for JPA, which sets the fields
	}

	private Movie(UUID id, MovieDetails details, Instant now) {
		this.id = id;
		this.title = details.title();
		this.genres = new String[0];
		this.createdAt = now;
		this.updatedAt = now;
		apply(details);
	}

	static Movie create(MovieDetails details, Instant now) {
		return new Movie(UUID.randomUUID(), details, now);
	}

	/**
	 * Replaces the movie's details.
	 * @return whether anything changed; an unchanged movie keeps its version
	 */
	boolean update(MovieDetails details, Instant now) {
		if (details.equals(details())) {
			return false;
		}
		apply(details);
		this.updatedAt = now;
		return true;
	}

	private void apply(MovieDetails details) {
		this.title = details.title();
		this.originalTitle = details.originalTitle();
		this.releaseYear = details.releaseYear();
		this.genres = details.genres().stream().map(Genre::name).sorted().toArray(String[]::new);
		this.overview = details.overview();
		this.runtimeMinutes = details.runtimeMinutes();
		this.externalIds = details.externalIds().isEmpty() ? null : details.externalIds();
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String originalTitle() {
		return this.originalTitle;
	}

	public int releaseYear() {
		return this.releaseYear;
	}

	/** Genres in the order of {@link Genre}. */
	public Set<Genre> genres() {
		return Arrays.stream(this.genres)
			.map(Genre::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Genre.class)));
	}

	public @Nullable String overview() {
		return this.overview;
	}

	public @Nullable Integer runtimeMinutes() {
		return this.runtimeMinutes;
	}

	public ExternalIds externalIds() {
		return (this.externalIds != null) ? this.externalIds : ExternalIds.NONE;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** The version the database holds; 0 for a new movie. */
	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public boolean hasVersion(long expected) {
		return version() == expected;
	}

	public MovieDetails details() {
		return new MovieDetails(this.title, this.originalTitle, this.releaseYear, genres(), this.overview,
				this.runtimeMinutes, externalIds());
	}

	/** The state of the movie as its events carry it. */
	public MovieSnapshot snapshot() {
		return snapshot(version(), this.updatedAt);
	}

	/**
	 * The last state of a deleted movie. Its version is one past the last one stored, so
	 * that every event of a movie has a higher version than the one before it.
	 */
	MovieSnapshot deletedSnapshot(Instant now) {
		return snapshot(version() + 1, now);
	}

	private MovieSnapshot snapshot(long version, Instant updatedAt) {
		Set<String> labels = genres().stream().map(Genre::label).collect(Collectors.toCollection(LinkedHashSet::new));
		return new MovieSnapshot(this.id, this.title, this.originalTitle, this.releaseYear, labels, this.overview,
				this.runtimeMinutes, externalIds().toSnapshot(), this.createdAt, updatedAt, version);
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof Movie movie && this.id.equals(movie.id));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id);
	}

	@Override
	public String toString() {
		return "Movie[" + this.id + ", " + this.title + " (" + this.releaseYear + "), v" + version() + "]";
	}

}
