--liquibase formatted sql

--changeset coopconnect:040-bench-indexes
-- National scale (see bench/README.md). A live booking never occupies more than two days (the API caps a booking
-- at 1440 minutes and a buffer at 240), so "bookings meeting [from, to)" becomes a bounded range scan
-- starts_at in (from - 2 days, to) instead of a scan of the space's whole past.
ALTER TABLE booking ADD CONSTRAINT booking_occupation_at_most_two_days
    CHECK (occupied_until <= starts_at + interval '2 days');

-- Covering: the search and the seat count read every column they need from the index (index-only scans).
CREATE INDEX booking_live_space_start_idx ON booking (space_id, starts_at) INCLUDE (ends_at, occupied_until, seats)
    WHERE status IN ('PENDING', 'CONFIRMED');
DROP INDEX booking_live_space_time_idx;
