-- Movies: the aggregate catalog-service owns. Ids are UUIDs made in Java, so a batch insert needs no
-- round trip for keys. Every index below serves a query the API makes (see MovieRepository).
CREATE TABLE movie (
    id              UUID                     NOT NULL PRIMARY KEY,
    title           VARCHAR(300)             NOT NULL,
    original_title  VARCHAR(300),
    release_year    INTEGER                  NOT NULL,
    genres          VARCHAR(32)[]            NOT NULL DEFAULT '{}',
    overview        TEXT,
    runtime_minutes INTEGER,
    movielens_id    BIGINT,
    imdb_id         VARCHAR(12),
    tmdb_id         BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    -- external ids are optional and unique; the unique indexes also serve GET /movies/by-external-id
    -- and the batch import's single existence query
    CONSTRAINT movie_movielens_id_key UNIQUE (movielens_id),
    CONSTRAINT movie_imdb_id_key UNIQUE (imdb_id),
    CONSTRAINT movie_tmdb_id_key UNIQUE (tmdb_id),
    CONSTRAINT movie_title_not_blank CHECK (length(btrim(title)) > 0),
    CONSTRAINT movie_release_year_min CHECK (release_year >= 1870),
    CONSTRAINT movie_runtime_positive CHECK (runtime_minutes IS NULL OR runtime_minutes > 0),
    CONSTRAINT movie_movielens_id_positive CHECK (movielens_id IS NULL OR movielens_id > 0),
    CONSTRAINT movie_tmdb_id_positive CHECK (tmdb_id IS NULL OR tmdb_id > 0),
    CONSTRAINT movie_imdb_id_format CHECK (imdb_id IS NULL OR imdb_id ~ '^tt[0-9]{7,10}$')
);

-- sorting (title is the default sort; id breaks ties so that pages are stable)
CREATE INDEX movie_title_idx ON movie (title, id);
CREATE INDEX movie_release_year_idx ON movie (release_year, id);
CREATE INDEX movie_created_at_idx ON movie (created_at, id);
CREATE INDEX movie_updated_at_idx ON movie (updated_at, id);

-- filter genre=X: genres @> ARRAY['X']
CREATE INDEX movie_genres_idx ON movie USING gin (genres);
