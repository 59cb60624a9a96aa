--liquibase formatted sql

--changeset coopconnect:050-events-and-check-in
-- Check-in: null = the space asks for none; otherwise a booking not checked in this long after its start is a NO_SHOW.
ALTER TABLE space ADD COLUMN check_in_grace_minutes integer
    CHECK (check_in_grace_minutes BETWEEN 5 AND 240);
ALTER TABLE booking ADD COLUMN checked_in_at timestamptz;
-- The no-show job only looks at the few spaces that ask for check-in.
CREATE INDEX space_check_in_idx ON space (id) WHERE check_in_grace_minutes IS NOT NULL;

-- Community events (rencontres thématiques): each holds the booking of its space.
CREATE TABLE community_event (
    id            uuid PRIMARY KEY,
    venue_id      uuid          NOT NULL REFERENCES venue (id),
    space_id      uuid          NOT NULL REFERENCES space (id),
    booking_id    uuid          NOT NULL REFERENCES booking (id),
    title         varchar(200)  NOT NULL,
    description   varchar(4000),
    starts_at     timestamptz   NOT NULL,
    ends_at       timestamptz   NOT NULL,
    capacity      integer       NOT NULL CHECK (capacity >= 1),
    status        varchar(16)   NOT NULL,
    -- Next place in the order of arrival, handed out under the event's row lock.
    next_position integer       NOT NULL DEFAULT 1,
    created_by    uuid          REFERENCES member (id) ON DELETE SET NULL,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX community_event_start_idx ON community_event (starts_at);
CREATE INDEX community_event_venue_idx ON community_event (venue_id, starts_at);
CREATE UNIQUE INDEX community_event_booking_idx ON community_event (booking_id);

CREATE TABLE event_registration (
    id            uuid PRIMARY KEY,
    event_id      uuid        NOT NULL REFERENCES community_event (id) ON DELETE CASCADE,
    member_id     uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    -- REGISTERED, WAITLISTED or WITHDRAWN (kept so the member's calendar feed can show it cancelled).
    status        varchar(16) NOT NULL,
    position      integer     NOT NULL,
    registered_at timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (event_id, member_id)
);
CREATE INDEX event_registration_order_idx ON event_registration (event_id, status, position);
CREATE INDEX event_registration_member_idx ON event_registration (member_id);
