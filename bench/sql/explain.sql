-- The hot queries of the availability search and of a booking, as the backend sends them, with typical
-- parameters: a 20 km search around Marseille over one week of January 2027 (its spaces, as the in-memory
-- catalogue finds them, by the bounding box).
-- psql -h 127.0.0.1 -U postgres -d coopconnect_bench -f bench/sql/explain.sql
\set from '2027-01-11 00:00:00+01'
\set to '2027-01-18 00:00:00+01'
SELECT array_agg(s.id) AS ids
FROM space s JOIN venue v ON v.id = s.venue_id
WHERE s.active AND v.latitude BETWEEN 43.117 AND 43.477 AND v.longitude BETWEEN 5.122 AND 5.617 \gset

\echo '--- 1. the space catalogue: every active space with its venue (whole once per start; after a change, only the changed venues)'
SET jit = off; -- as SpaceCatalogue reads it: JIT compiling this plan took 186 of 212 ms
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT s.*, v.* FROM space s JOIN (SELECT *, weekly_hours::text AS weekly_hours_text FROM venue OFFSET 0) v ON v.id = s.venue_id
WHERE s.active;
RESET jit;

\echo '--- 1b. the blocks and closures of the catalogue, those not ended (whole once per start; after a change, only the changed venues)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT b.space_id, b.starts_at, b.ends_at FROM block b JOIN space s ON s.id = b.space_id
WHERE s.active AND b.ends_at > now() - interval '1 day' ORDER BY b.space_id, b.starts_at;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT venue_id, from_date, to_date FROM closure WHERE to_date >= (now() AT TIME ZONE 'UTC')::date - 2;

\echo '--- 2a. what changed since the replica last looked, the catalogue version and the snapshot (the one statement of a search its copy covers)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT 0 AS k, seq, booking_id, previous_space_id, space_id, starts_at, ends_at, occupied_until, seats, live, NULL AS snapshot
  FROM booking_change WHERE seq > (SELECT max(seq) FROM booking_change) OR xid = ANY('{}'::xid8[])
UNION ALL SELECT 1, version, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM catalogue_version
UNION ALL SELECT 2, below, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, pg_current_snapshot()::text FROM booking_change_pruned
ORDER BY 1, 2;

\echo '--- 2b. the copy of the coming weeks: live bookings occupying the last three days or starting in the next nine weeks (once per start, then every three weeks, in the background)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT space_id, id, starts_at, ends_at, occupied_until, seats FROM booking
 WHERE status IN ('PENDING', 'CONFIRMED') AND occupied_until > now() - interval '3 days' AND starts_at < now() + interval '63 days'
 ORDER BY starts_at;

\echo '--- 2. live bookings of the candidates and the catalogue version (the one statement of a search beyond the copy, and of a booking)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT 1 AS k, space_id AS id, starts_at AS a, ends_at AS b, occupied_until AS c, seats, NULL::date AS d1, NULL::date AS d2
  FROM booking
 WHERE space_id = ANY(:'ids'::uuid[]) AND status IN ('PENDING', 'CONFIRMED')
   AND occupied_until > timestamptz :'from' - interval '1 day' AND starts_at < :'to'
   AND starts_at > timestamptz :'from' - interval '3 days'
UNION ALL
SELECT 3, NULL, NULL, NULL, NULL, version, NULL, NULL FROM catalogue_version;

\echo '--- 3. the SQL floor of the search: live bookings of the candidates in the window, one statement'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT b.space_id, b.starts_at, b.ends_at, b.occupied_until, b.seats FROM booking b
WHERE b.space_id = ANY(ARRAY(SELECT s.id FROM space s JOIN venue v ON v.id = s.venue_id
        WHERE s.active AND s.capacity >= 1 AND v.latitude BETWEEN 43.117 AND 43.477 AND v.longitude BETWEEN 5.122 AND 5.617))
  AND b.status IN ('PENDING', 'CONFIRMED') AND b.occupied_until > timestamptz :'from' - interval '1 day'
  AND b.starts_at < :'to' AND b.starts_at > timestamptz :'from' - interval '3 days';

SELECT array_agg(s.id) AS office_ids FROM space s WHERE s.active AND s.kind = 'OFFICE' \gset
\echo '--- 4. regional search: live bookings of every active OFFICE, one day (its candidates come from the catalogue)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT space_id, starts_at, ends_at, occupied_until, seats FROM booking
 WHERE space_id = ANY(:'office_ids'::uuid[]) AND status IN ('PENDING', 'CONFIRMED')
   AND occupied_until > timestamptz '2027-01-12 00:00+01' - interval '1 day' AND starts_at < timestamptz '2027-01-13 00:00+01'
   AND starts_at > timestamptz '2027-01-12 00:00+01' - interval '3 days';

\echo '--- 5. a SHARED booking: seats counted under the row lock'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT space_id, starts_at, ends_at, occupied_until, seats FROM booking
WHERE space_id = ANY(ARRAY[(:'ids'::uuid[])[1]]) AND status IN ('PENDING', 'CONFIRMED')
  AND occupied_until > timestamptz '2027-01-12 09:00+01' AND starts_at < timestamptz '2027-01-12 10:00+01'
  AND starts_at > timestamptz '2027-01-12 09:00+01' - interval '2 days';
