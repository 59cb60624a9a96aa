--liquibase formatted sql

--changeset coopconnect:054-catalogue-version splitStatements:false
-- Search keeps the spaces and their venues in memory on each replica (SpaceCatalogue). Every statement that changes
-- them bumps this counter inside its own transaction, and each search reads the counter with its busy times: a
-- replica whose copy is older reloads it. The row lock also orders concurrent changes, so a counter value, once
-- seen, covers every change committed before it.
CREATE TABLE catalogue_version (
    id      int PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO catalogue_version VALUES (1, 1);

CREATE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER venue_bumps_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON venue
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();
CREATE TRIGGER space_bumps_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON space
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();
