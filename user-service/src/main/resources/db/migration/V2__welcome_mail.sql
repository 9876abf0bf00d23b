-- One welcome e-mail per account: the primary key is the guarantee.
-- No address is kept: it travels in the event.
CREATE TABLE welcome_mail (
    user_id  VARCHAR(64)              NOT NULL PRIMARY KEY,
    event_id UUID                     NOT NULL,
    sent_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
