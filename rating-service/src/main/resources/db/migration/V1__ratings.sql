-- Movies rating-service knows from catalog.movie.v1. A deleted movie stays as a tombstone
-- (deleted = true), so that a late or redelivered MovieUpdated cannot bring it back.
CREATE TABLE known_movie (
    movie_id     UUID        NOT NULL PRIMARY KEY,
    title        TEXT        NOT NULL,
    release_year INT,
    version      BIGINT      NOT NULL,
    deleted      BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- One rating per user and movie. user_id is the token's sub (imported MovieLens users are
-- movielens:<id>); stars go from 0.5 to 5.0 in steps of 0.5.
CREATE TABLE rating (
    user_id  TEXT         NOT NULL,
    movie_id UUID         NOT NULL REFERENCES known_movie (movie_id),
    stars    NUMERIC(2, 1) NOT NULL,
    rated_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT rating_one_per_user_and_movie PRIMARY KEY (user_id, movie_id),
    CONSTRAINT rating_stars_in_half_steps CHECK (stars BETWEEN 0.5 AND 5.0 AND stars * 2 = trunc(stars * 2))
);
CREATE INDEX rating_by_movie ON rating (movie_id);
CREATE INDEX rating_by_user_newest_first ON rating (user_id, rated_at DESC, movie_id);

-- Running statistics per movie, changed in the same transaction as the ratings. Sums are kept
-- in half stars so that the mean never drifts; version grows with every change and orders the
-- MovieRatingStatisticsChanged events.
CREATE TABLE movie_rating_statistics (
    movie_id      UUID        NOT NULL PRIMARY KEY,
    rating_count  BIGINT      NOT NULL,
    half_star_sum BIGINT      NOT NULL,
    histogram     BIGINT[]    NOT NULL,
    version       BIGINT      NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT movie_rating_statistics_ten_buckets CHECK (cardinality(histogram) = 10),
    CONSTRAINT movie_rating_statistics_not_negative CHECK (rating_count >= 0 AND half_star_sum >= 0)
);
CREATE INDEX movie_rating_statistics_most_rated ON movie_rating_statistics (rating_count DESC, movie_id)
    WHERE rating_count > 0;
