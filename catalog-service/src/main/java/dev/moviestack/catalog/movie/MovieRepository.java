package dev.moviestack.catalog.movie;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Stored movies. Package-private: everything else goes through {@link MovieCatalog}. */
interface MovieRepository extends JpaRepository<Movie, UUID>, JpaSpecificationExecutor<Movie> {

	Optional<Movie> findByExternalIdsMovieLens(long movieLens);

	Optional<Movie> findByExternalIdsImdb(String imdb);

	Optional<Movie> findByExternalIdsTmdb(long tmdb);

	/** One query, served by the three unique indexes, however many ids are asked for. */
	@Query("""
			select new dev.moviestack.catalog.movie.ExternalIdOwner(
			         m.id, m.externalIds.movieLens, m.externalIds.imdb, m.externalIds.tmdb)
			  from Movie m
			 where m.externalIds.movieLens in :movieLens
			    or m.externalIds.imdb in :imdb
			    or m.externalIds.tmdb in :tmdb
			""")
	List<ExternalIdOwner> findOwnersOfAny(Collection<Long> movieLens, Collection<String> imdb, Collection<Long> tmdb);

}
