--liquibase formatted sql

--changeset coopconnect:030-members-profile
-- Profile and consents. Each consent keeps the instant it was given (NULL while not given).
ALTER TABLE member
    ADD COLUMN phone                    varchar(30),
    ADD COLUMN commune                  varchar(120),
    ADD COLUMN activity                 varchar(200),
    ADD COLUMN status                   varchar(16)  NOT NULL DEFAULT 'OTHER',
    ADD COLUMN directory_consent_at     timestamptz,
    ADD COLUMN news_consent_at          timestamptz,
    -- Account state: a disabled member's tokens stop working on the next request.
    ADD COLUMN disabled_at              timestamptz,
    ADD COLUMN disabled_reason          varchar(500),
    -- Set by a password reset: the temporary password only serves to choose a new one.
    ADD COLUMN must_change_password     boolean      NOT NULL DEFAULT false,
    -- Carried in every token ("ver" claim); bumped to revoke all tokens issued before.
    ADD COLUMN token_version            integer      NOT NULL DEFAULT 0;
CREATE INDEX member_directory_idx ON member (lower(display_name)) WHERE directory_consent_at IS NOT NULL;

--changeset coopconnect:030-members-login-attempts
-- Sign-in attempts, shared by every replica: brute-force throttling and the member's login history.
CREATE TABLE login_attempt (
    id            bigserial    PRIMARY KEY,
    email_key     varchar(254) NOT NULL,            -- lower(email) as typed
    member_id     uuid         REFERENCES member (id) ON DELETE CASCADE,
    succeeded     boolean      NOT NULL,
    attempted_at  timestamptz  NOT NULL
);
CREATE INDEX login_attempt_email_idx ON login_attempt (email_key, attempted_at DESC);
CREATE INDEX login_attempt_member_idx ON login_attempt (member_id, attempted_at DESC);
CREATE INDEX login_attempt_time_idx ON login_attempt (attempted_at);

--changeset coopconnect:030-members-agreements
-- Usage agreements (conventions). A template is a stable id; each edit adds an immutable version,
-- and an agreement points at the version its member accepted.
CREATE TABLE agreement_template (
    id                  uuid        PRIMARY KEY,
    venue_id            uuid        NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    current_version_id  uuid,
    created_at          timestamptz NOT NULL
);
CREATE INDEX agreement_template_venue_idx ON agreement_template (venue_id);

CREATE TABLE agreement_template_version (
    id                      uuid          PRIMARY KEY,
    template_id             uuid          NOT NULL REFERENCES agreement_template (id) ON DELETE CASCADE,
    version                 integer       NOT NULL,
    title                   varchar(200)  NOT NULL,
    body                    text          NOT NULL,
    access_type             varchar(16)   NOT NULL,
    admission_criteria      varchar(4000),
    validity_days           integer       NOT NULL CHECK (validity_days >= 1),
    required_for_booking    boolean       NOT NULL,
    max_bookings_per_month  integer       CHECK (max_bookings_per_month >= 1),
    active                  boolean       NOT NULL,
    created_at              timestamptz   NOT NULL,
    UNIQUE (template_id, version)
);
ALTER TABLE agreement_template ADD CONSTRAINT agreement_template_current_fk
    FOREIGN KEY (current_version_id) REFERENCES agreement_template_version (id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE agreement (
    id                   uuid         PRIMARY KEY,
    template_id          uuid         NOT NULL REFERENCES agreement_template (id) ON DELETE CASCADE,
    template_version_id  uuid         NOT NULL REFERENCES agreement_template_version (id) ON DELETE CASCADE,
    venue_id             uuid         NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    member_id            uuid         REFERENCES member (id) ON DELETE SET NULL,
    access_type          varchar(16)  NOT NULL,
    -- PENDING, ACTIVE, REJECTED, TERMINATED; EXPIRED is computed (ACTIVE past valid_until).
    status               varchar(16)  NOT NULL,
    motivation           varchar(2000),
    requested_at         timestamptz  NOT NULL,
    decided_at           timestamptz,
    decided_by           uuid         REFERENCES member (id) ON DELETE SET NULL,
    decision_reason      varchar(500),
    valid_from           timestamptz,
    valid_until          timestamptz,
    terminated_at        timestamptz,
    terminated_by        uuid         REFERENCES member (id) ON DELETE SET NULL,
    termination_reason   varchar(500),
    CHECK (status <> 'ACTIVE' OR (valid_from IS NOT NULL AND valid_until IS NOT NULL))
);
CREATE INDEX agreement_member_idx ON agreement (member_id, venue_id);
CREATE INDEX agreement_venue_idx ON agreement (venue_id, status);
-- One pending request per member and template at a time (a running agreement is checked by the service,
-- since an ACTIVE row past valid_until is expired and may be renewed).
CREATE UNIQUE INDEX agreement_pending_unique ON agreement (member_id, template_id)
    WHERE status = 'PENDING' AND member_id IS NOT NULL;
