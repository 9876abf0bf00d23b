-- Erasures: the profile is gone and UserDeleted is in the outbox; login_deleted_at says when the
-- Keycloak account went. Rows keep no personal data but the id, and are purged a while after.
CREATE TABLE account_erasure (
    user_id          VARCHAR(64)              NOT NULL PRIMARY KEY,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    login_deleted_at TIMESTAMP WITH TIME ZONE,
    attempts         INT                      NOT NULL DEFAULT 0,
    last_error       TEXT
);
CREATE INDEX account_erasure_pending_idx ON account_erasure (requested_at) WHERE login_deleted_at IS NULL;
