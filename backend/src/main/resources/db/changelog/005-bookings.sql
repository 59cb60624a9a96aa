--liquibase formatted sql

--changeset coopconnect:005-bookings
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking (
    id            uuid PRIMARY KEY,
    space_id      uuid        NOT NULL REFERENCES space (id),
    venue_id      uuid        NOT NULL REFERENCES venue (id),
    member_id     uuid        REFERENCES member (id) ON DELETE SET NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    -- The end plus the space's buffer at booking time: what an EXCLUSIVE booking keeps from others.
    occupied_until timestamptz NOT NULL,
    seats         integer     NOT NULL DEFAULT 1 CHECK (seats >= 1),
    exclusive     boolean     NOT NULL,
    status        varchar(16) NOT NULL,
    note          varchar(500),
    status_reason varchar(500),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (ends_at <= occupied_until)
);

-- No two live bookings of an EXCLUSIVE space ever overlap, whatever the number of API replicas.
ALTER TABLE booking ADD CONSTRAINT booking_exclusive_no_overlap
    EXCLUDE USING gist (space_id WITH =, tstzrange(starts_at, occupied_until, '[)') WITH &&)
    WHERE (exclusive AND status IN ('PENDING', 'CONFIRMED'));

CREATE INDEX booking_live_space_time_idx ON booking (space_id, starts_at, ends_at)
    WHERE status IN ('PENDING', 'CONFIRMED');
CREATE INDEX booking_member_idx ON booking (member_id, starts_at);
CREATE INDEX booking_venue_idx ON booking (venue_id, starts_at);

CREATE TABLE idempotency_key (
    member_id     uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    key           varchar(200) NOT NULL,
    request_hash  varchar(64) NOT NULL,
    response_body text,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (member_id, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
