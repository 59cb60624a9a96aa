--liquibase formatted sql

--changeset coopconnect:056-catalogue-blocks-closures splitStatements:false
-- Blocks and closures join the catalogue each replica holds in memory (SpaceCatalogue): a search then asks
-- PostgreSQL for live bookings only. A change to either logs its venue, as a change to a space or venue does.
CREATE FUNCTION log_block_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stamp bigint := next_catalogue_version();
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- A block moved to another space changes both venues.
        INSERT INTO catalogue_change SELECT DISTINCT stamp, s.venue_id
            FROM (SELECT space_id FROM changed UNION SELECT space_id FROM previous) b JOIN space s ON s.id = b.space_id;
    ELSE
        -- Blocks deleted with their space find no space here: the space's own trigger logs its venue.
        INSERT INTO catalogue_change SELECT DISTINCT stamp, s.venue_id FROM changed b JOIN space s ON s.id = b.space_id;
    END IF;
    RETURN NULL;
END
$$;

-- Closures carry their venue_id as spaces do: log_space_changes (055) logs them the same way.
CREATE TRIGGER block_inserts_logged AFTER INSERT ON block REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_block_changes();
CREATE TRIGGER block_updates_logged AFTER UPDATE ON block REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_block_changes();
CREATE TRIGGER block_deletes_logged AFTER DELETE ON block REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_block_changes();
CREATE TRIGGER block_truncates_logged AFTER TRUNCATE ON block
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
CREATE TRIGGER closure_inserts_logged AFTER INSERT ON closure REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER closure_updates_logged AFTER UPDATE ON closure REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER closure_deletes_logged AFTER DELETE ON closure REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER closure_truncates_logged AFTER TRUNCATE ON closure
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
