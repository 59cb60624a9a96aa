--liquibase formatted sql

--changeset coopconnect:058-booking-changes splitStatements:false
-- Search holds the live bookings of the coming weeks in memory on each replica (UpcomingBookingsCopy) and asks
-- PostgreSQL only for what changed since it last looked: every statement that changes a booking's time, space, seats
-- or liveness logs the rows' new state here. Sequence order is not commit order, so each row carries its transaction
-- id: a replica reads again the rows of transactions still running when it last looked (ChangeCursor). A row with no
-- booking (a TRUNCATE) means everything changed.
CREATE TABLE booking_change (
    seq               bigserial PRIMARY KEY,
    xid               xid8 NOT NULL DEFAULT pg_current_xact_id(),
    booking_id        uuid,
    previous_space_id uuid,
    space_id          uuid,
    starts_at         timestamptz,
    ends_at           timestamptz,
    occupied_until    timestamptz,
    seats             integer,
    live              boolean
);
CREATE INDEX booking_change_xid_idx ON booking_change (xid);

-- Rows up to `below` may have been pruned: a replica that last looked before it reads everything again.
CREATE TABLE booking_change_pruned (
    id    int PRIMARY KEY CHECK (id = 1),
    below bigint NOT NULL
);
INSERT INTO booking_change_pruned VALUES (1, 0);

-- One log row per booking a statement changed; every 10,000 rows the log keeps its last 100,000 (one pruner at a time).
CREATE FUNCTION log_booking_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    logged bigint;
    top    bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO booking_change (booking_id, space_id, starts_at, ends_at, occupied_until, seats, live)
            SELECT id, space_id, starts_at, ends_at, occupied_until, seats, status IN ('PENDING', 'CONFIRMED') FROM changed;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO booking_change (booking_id, previous_space_id, space_id, starts_at, ends_at, occupied_until, seats, live)
            SELECT n.id, o.space_id, n.space_id, n.starts_at, n.ends_at, n.occupied_until, n.seats,
                   n.status IN ('PENDING', 'CONFIRMED')
            FROM changed n JOIN previous o ON o.id = n.id
            WHERE (n.space_id, n.starts_at, n.ends_at, n.occupied_until, n.seats, n.status IN ('PENDING', 'CONFIRMED'))
                IS DISTINCT FROM (o.space_id, o.starts_at, o.ends_at, o.occupied_until, o.seats, o.status IN ('PENDING', 'CONFIRMED'));
    ELSE
        INSERT INTO booking_change (booking_id, space_id, live) SELECT id, space_id, false FROM changed;
    END IF;
    GET DIAGNOSTICS logged = ROW_COUNT;
    IF logged > 0 THEN
        top := currval(pg_get_serial_sequence('booking_change', 'seq'));
        IF top / 10000 <> (top - logged) / 10000 AND pg_try_advisory_xact_lock(58) THEN
            DELETE FROM booking_change WHERE seq <= top - 100000;
            UPDATE booking_change_pruned SET below = top - 100000 WHERE id = 1 AND below < top - 100000;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION log_booking_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO booking_change (booking_id) VALUES (NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER booking_inserts_logged AFTER INSERT ON booking REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_booking_changes();
CREATE TRIGGER booking_updates_logged AFTER UPDATE ON booking REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_booking_changes();
CREATE TRIGGER booking_deletes_logged AFTER DELETE ON booking REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_booking_changes();
CREATE TRIGGER booking_truncates_logged AFTER TRUNCATE ON booking
    FOR EACH STATEMENT EXECUTE FUNCTION log_booking_truncate();
