--liquibase formatted sql

--changeset coopconnect:053-schema-fingerprint
-- The SHA-256 of the changelog files the schema was last migrated with (SchemaMigration): a start whose changelog
-- hashes the same skips Liquibase, which takes ~0.7 s to find nothing to do.
CREATE TABLE schema_fingerprint (
    id          int PRIMARY KEY CHECK (id = 1),
    sha256      text        NOT NULL,
    migrated_at timestamptz NOT NULL
);
