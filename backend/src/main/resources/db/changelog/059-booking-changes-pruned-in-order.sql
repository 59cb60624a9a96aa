--liquibase formatted sql

--changeset coopconnect:059-booking-changes-pruned-in-order splitStatements:false
-- The log is pruned only up to a mark that moves forward, under the mark's row lock: a pruner that took its numbers
-- before another's and comes after it deletes nothing, so rows of a long transaction that survived one pruning are
-- deleted only by a later one that moves the mark — which a replica still needing them notices (ChangeCursor).
CREATE OR REPLACE FUNCTION log_booking_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    logged bigint;
    top    bigint;
    mark   bigint;
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
            UPDATE booking_change_pruned SET below = top - 100000 WHERE id = 1 AND below < top - 100000
                RETURNING below INTO mark;
            IF FOUND THEN
                DELETE FROM booking_change WHERE seq <= mark;
            END IF;
        END IF;
    END IF;
    RETURN NULL;
END
$$;
