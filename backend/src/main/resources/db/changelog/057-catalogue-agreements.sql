--liquibase formatted sql

--changeset coopconnect:057-catalogue-agreements splitStatements:false
-- The agreement templates a venue requires for booking join the catalogue each replica holds in memory
-- (SpaceCatalogue): a booking then asks PostgreSQL for live bookings only. A change to a template or to one of its
-- versions logs its venue, as a change to a space, a block or a closure does.
CREATE FUNCTION log_agreement_version_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stamp bigint := next_catalogue_version();
BEGIN
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO catalogue_change SELECT DISTINCT stamp, t.venue_id
            FROM (SELECT template_id FROM changed UNION SELECT template_id FROM previous) v
            JOIN agreement_template t ON t.id = v.template_id;
    ELSE
        -- Versions deleted with their template find no template here: the template's own trigger logs its venue.
        INSERT INTO catalogue_change SELECT DISTINCT stamp, t.venue_id
            FROM changed v JOIN agreement_template t ON t.id = v.template_id;
    END IF;
    RETURN NULL;
END
$$;

-- Templates carry their venue_id as spaces do: log_space_changes (055) logs them the same way.
CREATE TRIGGER agreement_template_inserts_logged AFTER INSERT ON agreement_template REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER agreement_template_updates_logged AFTER UPDATE ON agreement_template
    REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER agreement_template_deletes_logged AFTER DELETE ON agreement_template REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER agreement_template_truncates_logged AFTER TRUNCATE ON agreement_template
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
CREATE TRIGGER agreement_version_inserts_logged AFTER INSERT ON agreement_template_version
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_agreement_version_changes();
CREATE TRIGGER agreement_version_updates_logged AFTER UPDATE ON agreement_template_version
    REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_agreement_version_changes();
CREATE TRIGGER agreement_version_deletes_logged AFTER DELETE ON agreement_template_version
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_agreement_version_changes();
CREATE TRIGGER agreement_version_truncates_logged AFTER TRUNCATE ON agreement_template_version
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
