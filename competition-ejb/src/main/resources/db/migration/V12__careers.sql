-- Job and internship recommendations (实习就业) for the students of the teams that won a prize of the
-- national finals: the positions partner enterprises offer, and each recommendation of a student to a
-- position, with the student's consent on record, followed to its end.

CREATE SEQUENCE career_position_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE career_recommendation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE career_position (
    id           BIGINT        NOT NULL PRIMARY KEY,
    edition_id   BIGINT        NOT NULL REFERENCES edition (id),
    enterprise   VARCHAR(200)  NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    city         VARCHAR(100)  NOT NULL,
    -- as the enterprise states it, e.g. "2024-03 至 2024-08" or "长期"
    period       VARCHAR(100)  NOT NULL,
    description  VARCHAR(2000),
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER       NOT NULL,
    CONSTRAINT career_position_kind_check CHECK (kind IN ('JOB', 'INTERNSHIP'))
);

CREATE INDEX career_position_edition_idx ON career_position (edition_id);

CREATE TABLE career_recommendation (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    position_id         BIGINT        NOT NULL REFERENCES career_position (id),
    member_id           BIGINT        NOT NULL REFERENCES registration_member (id),
    registration_id     BIGINT        NOT NULL REFERENCES registration (id),
    status              VARCHAR(20)   NOT NULL,
    -- how and when the student agreed to be recommended (required before a recommendation exists)
    consent             VARCHAR(500)  NOT NULL,
    recommended_by      VARCHAR(100)  NOT NULL,
    recommended_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    note                VARCHAR(1000),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INTEGER       NOT NULL,
    CONSTRAINT career_recommendation_status_check
        CHECK (status IN ('RECOMMENDED', 'INTERVIEWED', 'OFFERED', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT career_recommendation_unique UNIQUE (position_id, member_id)
);

CREATE INDEX career_recommendation_registration_idx ON career_recommendation (registration_id);
