--liquibase formatted sql

--changeset coopconnect:001-members
CREATE TABLE member (
    id             uuid PRIMARY KEY,
    email          varchar(254) NOT NULL,
    password_hash  varchar(100) NOT NULL,
    display_name   varchar(120) NOT NULL,
    network_admin  boolean      NOT NULL DEFAULT false,
    created_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX member_email_unique ON member (lower(email));
