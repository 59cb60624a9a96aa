--liquibase formatted sql

--changeset coopconnect:003-opening-hours
-- Weekly hours are read with the venue on every search, so they live on the venue row
-- as a JSON array of {day, opens, closes} in the venue's local wall-clock time.
ALTER TABLE venue ADD COLUMN weekly_hours jsonb NOT NULL DEFAULT '[]';

CREATE TABLE closure (
    id         uuid PRIMARY KEY,
    venue_id   uuid NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    from_date  date NOT NULL,
    to_date    date NOT NULL,
    reason     varchar(300),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (from_date <= to_date)
);
CREATE INDEX closure_venue_idx ON closure (venue_id, to_date);
