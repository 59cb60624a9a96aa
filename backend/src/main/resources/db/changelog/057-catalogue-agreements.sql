--liquibase formatted sql

--changeset coopconnect:057-catalogue-agreements splitStatements:false
-- The agreement templates a venue requires for booking join the catalogue each replica holds in memory
-- (SpaceCatalogue): a booking then asks PostgreSQL for live bookings only. A change to a template or to one of its
-- versions logs its venue, as a change to a space, a block or a closure does.

-- The venues of the rows a statement changed in a table whose rows belong to a parent carrying venue_id: a block
-- to its space, a template version to its template. TG_ARGV: the parent table, then the column naming the parent.
-- A row moved to another parent changes both venues; rows deleted with their parent find none here: the parent's
-- own trigger logs its venue. Serves blocks (replacing log_block_changes of 056) and template versions alike.
CREATE FUNCTION log_child_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO catalogue_change SELECT DISTINCT $1, p.venue_id'
                   ' FROM (SELECT %2$I AS parent_id FROM changed%3$s) c JOIN %1$I p ON p.id = c.parent_id',
                   TG_ARGV[0], TG_ARGV[1],
                   CASE WHEN TG_OP = 'UPDATE' THEN format(' UNION SELECT %I FROM previous', TG_ARGV[1]) ELSE '' END)
        USING next_catalogue_version();
    RETURN NULL;
END
$$;

DROP TRIGGER block_inserts_logged ON block;
DROP TRIGGER block_updates_logged ON block;
DROP TRIGGER block_deletes_logged ON block;
DROP FUNCTION log_block_changes();
CREATE TRIGGER block_inserts_logged AFTER INSERT ON block REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_child_changes('space', 'space_id');
CREATE TRIGGER block_updates_logged AFTER UPDATE ON block REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_child_changes('space', 'space_id');
CREATE TRIGGER block_deletes_logged AFTER DELETE ON block REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_child_changes('space', 'space_id');

-- Templates carry their venue_id as spaces do: log_space_changes (055) logs them the same way.
CREATE TRIGGER agreement_template_inserts_logged AFTER INSERT ON agreement_template REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER agreement_template_updates_logged AFTER UPDATE ON agreement_template
    REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER agreement_template_deletes_logged AFTER DELETE ON agreement_template REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_space_changes();
CREATE TRIGGER agreement_template_truncates_logged AFTER TRUNCATE ON agreement_template
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
CREATE TRIGGER agreement_version_inserts_logged AFTER INSERT ON agreement_template_version REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_child_changes('agreement_template', 'template_id');
CREATE TRIGGER agreement_version_updates_logged AFTER UPDATE ON agreement_template_version
    REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_child_changes('agreement_template', 'template_id');
CREATE TRIGGER agreement_version_deletes_logged AFTER DELETE ON agreement_template_version REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_child_changes('agreement_template', 'template_id');
CREATE TRIGGER agreement_version_truncates_logged AFTER TRUNCATE ON agreement_template_version
    FOR EACH STATEMENT EXECUTE FUNCTION log_catalogue_truncate();
