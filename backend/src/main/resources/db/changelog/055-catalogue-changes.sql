--liquibase formatted sql

--changeset coopconnect:055-catalogue-changes splitStatements:false
-- Which venues each catalogue version changed, so that a replica rereads only those (SpaceCatalogue) instead of
-- every space. A row with no venue (a TRUNCATE) means everything. Rows older than 100,000 versions are pruned;
-- a replica further behind than that reads everything again.
CREATE TABLE catalogue_change (
    version  bigint NOT NULL,
    venue_id uuid
);
CREATE INDEX catalogue_change_version_idx ON catalogue_change (version);
ALTER TABLE catalogue_version ADD COLUMN pruned_below bigint NOT NULL DEFAULT 0;

DROP TRIGGER venue_bumps_catalogue_version ON venue;
DROP TRIGGER space_bumps_catalogue_version ON space;
DROP FUNCTION bump_catalogue_version();

-- The next version, taken under the counter's row lock (so versions follow commit order), with old log rows pruned.
CREATE FUNCTION next_catalogue_version() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    bumped bigint;
BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1 RETURNING version INTO bumped;
    IF bumped % 1000 = 0 THEN
        DELETE FROM catalogue_change WHERE version <= bumped - 100000;
        UPDATE catalogue_version SET pruned_below = bumped - 100000 WHERE id = 1;
    END IF;
    RETURN bumped;
END
$$;

-- Statement triggers with transition tables: one version per statement, one log row per venue it touched.
CREATE FUNCTION log_venue_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stamp bigint := next_catalogue_version();
BEGIN
    INSERT INTO catalogue_change SELECT DISTINCT stamp, id FROM changed;
    RETURN NULL;
END
$$;

CREATE FUNCTION log_space_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stamp bigint := next_catalogue_version();
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A space moved to another venue changes both.
        INSERT INTO catalogue_change SELECT stamp, venue_id FROM changed UNION SELECT stamp, venue_id FROM previous;
    ELSE
        INSERT INTO catalogue_change SELECT DISTINCT stamp, venue_id FROM changed;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION log_catalogue_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalogue_change VALUES (next_catalogue_version(), NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER venue_inserts_logged AFTER INSERT ON venue REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_venue_changes();
CREATE TRIGGER venue_updates_logged AFTER UPDATE ON venue REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_venue_changes();
CREATE TRIGGER venue_deletes_logged AFTER DELETE ON venue REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_venue_changes();
CREATE TRIGGER venue_truncates_logged AFTER TRUNCATE ON venue
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
CREATE TRIGGER space_inserts_logged AFTER INSERT ON space REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER space_updates_logged AFTER UPDATE ON space REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER space_deletes_logged AFTER DELETE ON space REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER space_truncates_logged AFTER TRUNCATE ON space
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
