--liquibase formatted sql

--changeset coopconnect:051-occupancy-and-open-data
-- Open data (national schema of digital-inclusion places): the SIRET that identifies the venue, a short
-- presentation, the support services it offers (the schema's own labels) and the date of its last change.
ALTER TABLE venue ADD COLUMN pivot varchar(14);
ALTER TABLE venue ADD COLUMN summary varchar(280);
ALTER TABLE venue ADD COLUMN mediation_services text[] NOT NULL DEFAULT '{}';
ALTER TABLE venue ADD COLUMN updated_at timestamptz;
UPDATE venue SET updated_at = created_at;
ALTER TABLE venue ALTER COLUMN updated_at SET DEFAULT now();
ALTER TABLE venue ALTER COLUMN updated_at SET NOT NULL;

-- Occupancy insight reads every block of a venue's spaces meeting a period.
CREATE INDEX block_space_start_idx ON block (space_id, starts_at);
