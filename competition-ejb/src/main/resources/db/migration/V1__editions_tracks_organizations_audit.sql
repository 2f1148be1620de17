-- Editions of the competition, their tracks, the organizations they name, and the audit trail.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL 15.
-- Sequences step by 50 to match the JPA allocationSize of the entities.

CREATE SEQUENCE organization_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE edition_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE track_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organization (
    id           BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    credit_code  VARCHAR(18),
    version      INTEGER      NOT NULL,
    CONSTRAINT organization_kind_check CHECK (kind IN ('UNIVERSITY', 'ENTERPRISE', 'HOST', 'ORGANIZER')),
    CONSTRAINT organization_name_kind_unique UNIQUE (name, kind)
);

CREATE TABLE edition (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    ordinal               INTEGER      NOT NULL,
    edition_year          INTEGER      NOT NULL,
    name_zh               VARCHAR(200) NOT NULL,
    name_en               VARCHAR(200) NOT NULL,
    document_number       VARCHAR(100),
    published_on          DATE,
    registration_deadline TIMESTAMP    NOT NULL,
    track_deadline        DATE         NOT NULL,
    finals_month          VARCHAR(7)   NOT NULL,
    time_zone             VARCHAR(50)  NOT NULL,
    version               INTEGER      NOT NULL,
    CONSTRAINT edition_ordinal_unique UNIQUE (ordinal)
);

CREATE TABLE edition_organizer (
    edition_id      BIGINT  NOT NULL REFERENCES edition (id),
    organization_id BIGINT  NOT NULL REFERENCES organization (id),
    position        INTEGER NOT NULL,
    CONSTRAINT edition_organizer_pk PRIMARY KEY (edition_id, position)
);

CREATE TABLE track (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    edition_id           BIGINT        NOT NULL REFERENCES edition (id),
    code                 VARCHAR(20)   NOT NULL,
    field_zh             VARCHAR(100)  NOT NULL,
    field_en             VARCHAR(100)  NOT NULL,
    focus_zh             VARCHAR(1000) NOT NULL,
    abilities_zh         VARCHAR(1000) NOT NULL,
    objective_zh         VARCHAR(1000) NOT NULL,
    host_organization_id BIGINT        NOT NULL REFERENCES organization (id),
    contact_name         VARCHAR(50)   NOT NULL,
    contact_phone        VARCHAR(20)   NOT NULL,
    competition_date     DATE,
    status               VARCHAR(20)   NOT NULL,
    version              INTEGER       NOT NULL,
    CONSTRAINT track_status_check CHECK (status IN ('ACTIVE', 'RETIRED')),
    CONSTRAINT track_code_unique UNIQUE (edition_id, code)
);

CREATE INDEX track_host_idx ON track (host_organization_id);

-- Append-only: the application inserts rows and never updates or deletes them.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(50)   NOT NULL,
    entity_type  VARCHAR(50)   NOT NULL,
    entity_id    VARCHAR(50)   NOT NULL,
    track_id     BIGINT,
    old_value    VARCHAR(100000),
    new_value    VARCHAR(100000)
);

CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_track_idx ON audit_entry (track_id);
