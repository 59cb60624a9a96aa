--liquibase formatted sql

--changeset coopconnect:006-booking-series
-- Regular access: the same weekly time slot booked on many dates at once, all or nothing.
CREATE TABLE booking_series (
    id            uuid PRIMARY KEY,
    space_id      uuid        NOT NULL REFERENCES space (id),
    venue_id      uuid        NOT NULL REFERENCES venue (id),
    member_id     uuid        REFERENCES member (id) ON DELETE SET NULL,
    days_of_week  varchar(9)[] NOT NULL,
    -- Local wall-clock times in the venue's time zone.
    start_time    time        NOT NULL,
    end_time      time        NOT NULL,
    from_date     date        NOT NULL,
    until_date    date        NOT NULL,
    seats         integer     NOT NULL DEFAULT 1 CHECK (seats >= 1),
    status        varchar(16) NOT NULL,
    note          varchar(500),
    status_reason varchar(500),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK (start_time < end_time),
    CHECK (from_date <= until_date)
);
CREATE INDEX booking_series_member_idx ON booking_series (member_id);
CREATE INDEX booking_series_venue_idx ON booking_series (venue_id);

ALTER TABLE booking ADD COLUMN series_id uuid REFERENCES booking_series (id);
CREATE INDEX booking_series_id_idx ON booking (series_id) WHERE series_id IS NOT NULL;
