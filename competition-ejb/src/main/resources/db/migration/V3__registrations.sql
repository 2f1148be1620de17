-- Team registrations (报名): the team, its members and organizations, the status flow; the
-- committee's limits on team size per edition and extended deadlines per track.

ALTER TABLE edition ADD COLUMN min_team_size INTEGER DEFAULT 3 NOT NULL;
ALTER TABLE edition ADD COLUMN max_team_size INTEGER DEFAULT 10 NOT NULL;
-- a later registration deadline for one track (local time of the edition); null: the edition's
ALTER TABLE track ADD COLUMN registration_deadline TIMESTAMP;

CREATE SEQUENCE registration_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE registration_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE registration_organization_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registration (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    track_id           BIGINT        NOT NULL REFERENCES track (id),
    contact_account_id BIGINT        NOT NULL REFERENCES account (id),
    team_name          VARCHAR(100)  NOT NULL,
    project_title      VARCHAR(200)  NOT NULL,
    problem_statement  VARCHAR(4000) NOT NULL,
    result_summary     VARCHAR(4000) NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    status_reason      VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    decided_at         TIMESTAMP WITH TIME ZONE,
    version            INTEGER       NOT NULL,
    CONSTRAINT registration_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REJECTED')),
    CONSTRAINT registration_contact_track_unique UNIQUE (contact_account_id, track_id)
);

CREATE INDEX registration_track_status_idx ON registration (track_id, status);

-- track_id repeats the registration's track so that the database itself keeps a person
-- (by e-mail, by mobile) in at most one team of a track (a track belongs to one edition)
CREATE TABLE registration_member (
    id                BIGINT       NOT NULL PRIMARY KEY,
    registration_id   BIGINT       NOT NULL REFERENCES registration (id),
    track_id          BIGINT       NOT NULL REFERENCES track (id),
    position          INTEGER      NOT NULL,
    name              VARCHAR(50)  NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    title             VARCHAR(100),
    email             VARCHAR(200) NOT NULL,
    mobile            VARCHAR(20)  NOT NULL,
    presenter         BOOLEAN      NOT NULL,
    CONSTRAINT registration_member_kind_check CHECK (kind IN ('STUDENT', 'TEACHER', 'ENTERPRISE_EXPERT')),
    CONSTRAINT registration_member_email_unique UNIQUE (track_id, email),
    CONSTRAINT registration_member_mobile_unique UNIQUE (track_id, mobile)
);

CREATE INDEX registration_member_registration_idx ON registration_member (registration_id);

CREATE TABLE registration_organization (
    id              BIGINT       NOT NULL PRIMARY KEY,
    registration_id BIGINT       NOT NULL REFERENCES registration (id),
    position        INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    credit_code     VARCHAR(18),
    CONSTRAINT registration_organization_kind_check CHECK (kind IN ('UNIVERSITY', 'ENTERPRISE'))
);

CREATE INDEX registration_organization_registration_idx ON registration_organization (registration_id);
