package dev.moviestack.catalog.movie.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.moviestack.catalog.WebSliceTest;
import dev.moviestack.catalog.movie.ExternalIdSource;
import dev.moviestack.catalog.movie.ExternalIds;
import dev.moviestack.catalog.movie.ImportOutcome;
import dev.moviestack.catalog.movie.Movie;
import dev.moviestack.catalog.movie.MovieDetails;
import dev.moviestack.catalog.movie.MovieFixtures;
import dev.moviestack.catalog.movie.MovieSearch;
import dev.moviestack.contract.catalog.Genre;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/** What each endpoint answers when the input is good. */
class MovieControllerTests extends WebSliceTest {

	private final Movie toyStory = MovieFixtures.toyStory(3);

	@Test
	void searchAnswersAPageRecordAndPassesFiltersAndSort() {
		given(this.catalog.search(any(), any()))
			.willReturn(new PageImpl<>(List.of(this.toyStory), PageRequest.of(1, 2), 3));

		assertThat(this.mvc.get()
			.uri("/api/movies?genre=comedy&yearFrom=1990&yearTo=1999&q=story&page=1&size=2&sort=releaseYear,desc"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"items": [{"title": "Toy Story", "releaseYear": 1995, "genres": ["Animation", "Children", "Comedy"],
							            "externalIds": {"movieLens": 1, "imdb": "tt0114709", "tmdb": 862}, "version": 3}],
							 "page": {"number": 1, "size": 2, "totalElements": 3, "totalPages": 2}}""")
			.doesNotHavePath("$.content")
			.doesNotHavePath("$.pageable");
		ArgumentCaptor<MovieSearch> search = ArgumentCaptor.forClass(MovieSearch.class);
		ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
		then(this.catalog).should().search(search.capture(), pageable.capture());
		assertThat(search.getValue()).isEqualTo(new MovieSearch(Genre.COMEDY, 1990, 1999, "story"));
		assertThat(pageable.getValue())
			.isEqualTo(PageRequest.of(1, 2, Sort.by(Sort.Order.desc("releaseYear"), Sort.Order.asc("id"))));
	}

	@Test
	void searchDefaultsToFirstPageOfTwentyByTitle() {
		given(this.catalog.search(any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

		assertThat(this.mvc.get().uri("/api/movies")).hasStatusOk();
		then(this.catalog).should()
			.search(MovieSearch.ALL, PageRequest.of(0, 20, Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id"))));
	}

	@Test
	void getAnswersTheMovieWithItsVersionAsStrongEntityTag() {
		given(this.catalog.get(this.toyStory.id())).willReturn(this.toyStory);

		assertThat(this.mvc.get().uri("/api/movies/{id}", this.toyStory.id())).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"3\"")
			.bodyJson()
			.isLenientlyEqualTo("""
					{"id": "%s", "title": "Toy Story", "originalTitle": null, "releaseYear": 1995, "runtimeMinutes": 81,
					 "createdAt": "2026-01-15T10:15:30.123456Z", "updatedAt": "2026-01-15T10:15:30.123456Z",
					 "version": 3}""".formatted(this.toyStory.id()));
	}

	@Test
	void getAnswersNotModifiedWhenIfNoneMatchNamesTheCurrentVersion() {
		given(this.catalog.get(this.toyStory.id())).willReturn(this.toyStory);

		assertThat(
				this.mvc.get().uri("/api/movies/{id}", this.toyStory.id()).header(HttpHeaders.IF_NONE_MATCH, "\"3\""))
			.hasStatus(HttpStatus.NOT_MODIFIED)
			.body()
			.isEmpty();
		assertThat(
				this.mvc.get().uri("/api/movies/{id}", this.toyStory.id()).header(HttpHeaders.IF_NONE_MATCH, "\"2\""))
			.hasStatusOk();
	}

	@Test
	void findsAMovieByExternalId() {
		given(this.catalog.getByExternalId(ExternalIdSource.IMDB, "tt0114709")).willReturn(this.toyStory);

		assertThat(this.mvc.get().uri("/api/movies/by-external-id/imdb/tt0114709")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"3\"")
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo(this.toyStory.id().toString());
	}

	@Test
	void createAnswersCreatedWithLocationAndTrimsText() {
		Movie created = MovieFixtures.toyStory(0);
		given(this.catalog.create(any())).willReturn(created);

		assertThat(this.mvc.post()
			.uri("/api/movies")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(MovieJson.write(MovieJson.with("title", "  Toy Story \n")))).hasStatus(HttpStatus.CREATED)
			.hasHeader(HttpHeaders.LOCATION, "http://localhost/api/movies/" + created.id())
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo(created.id().toString());
		then(this.catalog).should().create(MovieFixtures.toyStoryDetails());
	}

	@Test
	void replaceUpdatesTheVersionNamedByIfMatch() {
		Movie updated = MovieFixtures.toyStory(4);
		given(this.catalog.get(this.toyStory.id())).willReturn(this.toyStory);
		given(this.catalog.update(eq(this.toyStory.id()), eq(3L), any())).willReturn(updated);

		assertThat(this.mvc.put()
			.uri("/api/movies/{id}", this.toyStory.id())
			.header(HttpHeaders.AUTHORIZATION, admin())
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(MovieJson.write(MovieJson.with("runtimeMinutes", 80)))).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"4\"");
		ArgumentCaptor<MovieDetails> details = ArgumentCaptor.forClass(MovieDetails.class);
		then(this.catalog).should().update(eq(this.toyStory.id()), eq(3L), details.capture());
		assertThat(details.getValue().runtimeMinutes()).isEqualTo(80);
	}

	@Test
	void replaceClearsOptionalFieldsThatAreNotSent() {
		given(this.catalog.get(this.toyStory.id())).willReturn(this.toyStory);
		given(this.catalog.update(any(), eq(3L), any())).willReturn(this.toyStory);

		assertThat(this.mvc.put()
			.uri("/api/movies/{id}", this.toyStory.id())
			.header(HttpHeaders.AUTHORIZATION, admin())
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Toy Story\", \"releaseYear\": 1995}")).hasStatusOk();
		then(this.catalog).should()
			.update(this.toyStory.id(), 3L,
					new MovieDetails("Toy Story", null, 1995, java.util.Set.of(), null, null, ExternalIds.NONE));
	}

	@Test
	void mergePatchChangesOnlyTheFieldsSentAndNullClears() {
		given(this.catalog.get(this.toyStory.id())).willReturn(this.toyStory);
		given(this.catalog.update(any(), eq(3L), any())).willReturn(MovieFixtures.toyStory(4));

		assertThat(this.mvc.patch()
			.uri("/api/movies/{id}", this.toyStory.id())
			.header(HttpHeaders.AUTHORIZATION, admin())
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.content("{\"overview\": null, \"genres\": [\"Comedy\"], \"externalIds\": {\"tmdb\": 999}}")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"4\"");
		MovieDetails before = MovieFixtures.toyStoryDetails();
		then(this.catalog).should()
			.update(this.toyStory.id(), 3L,
					new MovieDetails(before.title(), null, before.releaseYear(), java.util.Set.of(Genre.COMEDY), null,
							before.runtimeMinutes(), new ExternalIds(1L, "tt0114709", 999L)));
	}

	@Test
	void mergePatchAlsoAcceptsPlainJson() {
		given(this.catalog.get(this.toyStory.id())).willReturn(this.toyStory);
		given(this.catalog.update(any(), eq(3L), any())).willReturn(MovieFixtures.toyStory(4));

		assertThat(this.mvc.patch()
			.uri("/api/movies/{id}", this.toyStory.id())
			.header(HttpHeaders.AUTHORIZATION, admin())
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Toy Story 1\"}")).hasStatusOk();
		ArgumentCaptor<MovieDetails> details = ArgumentCaptor.forClass(MovieDetails.class);
		then(this.catalog).should().update(eq(this.toyStory.id()), eq(3L), details.capture());
		assertThat(details.getValue()).extracting(MovieDetails::title, MovieDetails::overview)
			.containsExactly("Toy Story 1", MovieFixtures.toyStoryDetails().overview());
	}

	@Test
	void deleteAnswersNoContentAndHonoursIfMatch() {
		given(this.catalog.get(this.toyStory.id())).willReturn(this.toyStory);
		UUID id = this.toyStory.id();

		assertThat(this.mvc.delete().uri("/api/movies/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()))
			.hasStatus(HttpStatus.NO_CONTENT);
		then(this.catalog).should().delete(id, null);

		assertThat(this.mvc.delete()
			.uri("/api/movies/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, admin())
			.header(HttpHeaders.IF_MATCH, "\"3\"")).hasStatus(HttpStatus.NO_CONTENT);
		then(this.catalog).should().delete(id, 3L);
	}

	@Test
	void batchAnswersEveryItemInRequestOrder() {
		UUID created = UUID.randomUUID();
		UUID existing = UUID.randomUUID();
		given(this.catalog.importAll(anyList()))
			.willReturn(List.of(new ImportOutcome(created, true), new ImportOutcome(existing, false)));

		assertThat(this.mvc.post()
			.uri("/api/movies/batch")
			.header(HttpHeaders.AUTHORIZATION, admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(MovieJson.write(Map.of("items", MovieJson.batch(2))))).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"created": 1, "existing": 1, "items": [
					  {"index": 0, "id": "%s", "status": "CREATED"},
					  {"index": 1, "id": "%s", "status": "EXISTING"}]}""".formatted(created, existing));
	}

}
