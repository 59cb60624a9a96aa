--liquibase formatted sql

--changeset coopconnect:002-venues
CREATE TABLE venue (
    id                 uuid PRIMARY KEY,
    name               varchar(200) NOT NULL,
    kind               varchar(32)  NOT NULL,
    description        varchar(4000),
    address            varchar(300),
    postal_code        varchar(10),
    commune            varchar(120) NOT NULL,
    insee_code         varchar(5),
    latitude           double precision NOT NULL,
    longitude          double precision NOT NULL,
    timezone           varchar(64)  NOT NULL DEFAULT 'Europe/Paris',
    contact_email      varchar(254),
    phone              varchar(30),
    website            varchar(500),
    amenities          text[]       NOT NULL DEFAULT '{}',
    access_rules       varchar(4000),
    connectivity_type  varchar(16),
    down_mbps          integer,
    up_mbps            integer,
    public_holidays_open boolean    NOT NULL DEFAULT false,
    version            integer      NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX venue_kind_idx ON venue (kind);
CREATE INDEX venue_commune_idx ON venue (lower(commune));
CREATE INDEX venue_lat_lon_idx ON venue (latitude, longitude);

CREATE TABLE venue_manager (
    venue_id  uuid NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (venue_id, member_id)
);
CREATE INDEX venue_manager_member_idx ON venue_manager (member_id);
