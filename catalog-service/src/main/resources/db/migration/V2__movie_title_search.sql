-- Filter q=...: lower(title) LIKE '%...%'. A trigram index serves "contains" searches; pg_trgm is a
-- contrib extension that PostgreSQL 13+ marks trusted, so a database owner may create it without
-- being superuser. Where it cannot be created (package missing, or a role without CREATE on the
-- database), the migration still succeeds and title search falls back to a scan; an operator can
-- run `CREATE EXTENSION pg_trgm` as superuser and re-create the index by hand:
--   CREATE INDEX movie_title_trgm_idx ON movie USING gin (lower(title) gin_trgm_ops);
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION
    WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
        RAISE WARNING 'pg_trgm is not available (%): title search runs without a trigram index', SQLERRM;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX movie_title_trgm_idx ON movie USING gin (lower(title) gin_trgm_ops);
    END IF;
END
$$;
