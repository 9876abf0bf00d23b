-- DEV ONLY: one database + login user per service (database name = user = password).
-- Idempotent: run by infra/stack after every start (psql -f) and by the postgres container of
-- infra/compose.yaml on its first start (/docker-entrypoint-initdb.d). The service users get
-- CREATEDB because integration tests create throw-away databases; the superuser `postgres`
-- (trust auth, no password) stays usable for the same purpose.
\set ON_ERROR_STOP on

DO $$
DECLARE
  svc text;
BEGIN
  FOREACH svc IN ARRAY ARRAY['catalog', 'users', 'ratings', 'recommender'] LOOP
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = svc) THEN
      EXECUTE format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', svc, svc);
    ELSE
      EXECUTE format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', svc, svc);
    END IF;
  END LOOP;
END
$$;

-- CREATE DATABASE cannot run inside DO/functions: \gexec runs the generated statements.
SELECT format('CREATE DATABASE %I OWNER %I', svc, svc)
FROM unnest(ARRAY['catalog', 'users', 'ratings', 'recommender']) AS svc
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = svc)
\gexec
