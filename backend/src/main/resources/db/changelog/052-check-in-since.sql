--liquibase formatted sql

--changeset coopconnect:052-check-in-since
-- When a space's check-in was switched on: the no-show release never rewrites bookings that started before it.
-- Spaces asking for check-in already count from this migration, so nothing older is released either.
ALTER TABLE space ADD COLUMN check_in_since timestamptz;
UPDATE space SET check_in_since = now() WHERE check_in_grace_minutes IS NOT NULL;
ALTER TABLE space ADD CONSTRAINT space_check_in_since_with_grace
    CHECK ((check_in_grace_minutes IS NULL) = (check_in_since IS NULL));
