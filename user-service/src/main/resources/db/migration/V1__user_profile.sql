-- Profiles: one per Keycloak account (user_id = the token's sub). Keycloak owns login data;
-- username and email are copies taken when the profile was made.
CREATE TABLE user_profile (
    user_id          VARCHAR(64)              NOT NULL PRIMARY KEY,
    username         VARCHAR(255)             NOT NULL,
    email            VARCHAR(320),
    display_name     VARCHAR(80)              NOT NULL CHECK (length(trim(display_name)) > 0),
    -- names of catalog-contract Genre constants, in the catalog's order
    favourite_genres TEXT[]                   NOT NULL DEFAULT '{}',
    enabled          BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen        TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL DEFAULT 0
);
