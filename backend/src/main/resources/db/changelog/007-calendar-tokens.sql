--liquibase formatted sql

--changeset coopconnect:007-calendar-tokens
-- Private calendar feed tokens. Only a SHA-256 hash of each token is kept; a member has at most one live token.
CREATE TABLE calendar_token (
    id          uuid PRIMARY KEY,
    member_id   uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    token_hash  varchar(64) NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE UNIQUE INDEX calendar_token_live_idx ON calendar_token (member_id) WHERE revoked_at IS NULL;
