--liquibase formatted sql

--changeset coopconnect:004-spaces
CREATE TABLE space (
    id                 uuid PRIMARY KEY,
    venue_id           uuid NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    name               varchar(200) NOT NULL,
    kind               varchar(32)  NOT NULL,
    capacity           integer      NOT NULL CHECK (capacity >= 1),
    booking_mode       varchar(16)  NOT NULL,
    equipment          text[]       NOT NULL DEFAULT '{}',
    description        varchar(4000),
    active             boolean      NOT NULL DEFAULT true,
    slot_minutes       integer      NOT NULL DEFAULT 30 CHECK (slot_minutes IN (15, 30, 60)),
    min_minutes        integer      NOT NULL DEFAULT 30,
    max_minutes        integer      NOT NULL DEFAULT 480,
    min_notice_minutes integer      NOT NULL DEFAULT 0,
    max_advance_days   integer      NOT NULL DEFAULT 90,
    buffer_minutes     integer      NOT NULL DEFAULT 0,
    requires_approval  boolean      NOT NULL DEFAULT false,
    -- Null: the space follows its venue's hours; otherwise its own subset of them.
    own_schedule       jsonb,
    hourly_rate        numeric(8, 2),
    version            integer      NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    CHECK (min_minutes <= max_minutes)
);
CREATE INDEX space_venue_idx ON space (venue_id);

CREATE TABLE block (
    id         uuid PRIMARY KEY,
    space_id   uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    reason     varchar(300),
    created_by uuid REFERENCES member (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (starts_at < ends_at)
);
CREATE INDEX block_space_time_idx ON block (space_id, ends_at, starts_at);
