--liquibase formatted sql

--changeset coopconnect:008-auth-attempts
-- Per-client-IP counters of /auth requests in one-minute windows. Kept in PostgreSQL so the
-- limit holds across any number of API replicas; rows older than a few minutes are deleted.
CREATE TABLE auth_attempt (
    client_ip    varchar(64) NOT NULL,
    window_start timestamptz NOT NULL,
    attempts     integer     NOT NULL,
    PRIMARY KEY (client_ip, window_start)
);
CREATE INDEX auth_attempt_window_idx ON auth_attempt (window_start);
