-- The enterprise problem board (揭榜): enterprises post hard technical problems of a track before
-- registration; the committee moderates them; a team registers against a published problem (the
-- enterprise's expert is then on the team), and the enterprise confirms the result that answers it.

CREATE SEQUENCE enterprise_problem_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE problem_answer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE enterprise_problem (
    id                BIGINT         NOT NULL PRIMARY KEY,
    edition_id        BIGINT         NOT NULL REFERENCES edition (id),
    track_id          BIGINT         NOT NULL REFERENCES track (id),
    enterprise        VARCHAR(200)   NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    field             VARCHAR(100)   NOT NULL,
    description       VARCHAR(4000)  NOT NULL,
    expected_result   VARCHAR(2000)  NOT NULL,
    contact_name      VARCHAR(50)    NOT NULL,
    contact_email     VARCHAR(200)   NOT NULL,
    contact_mobile    VARCHAR(20)    NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    moderation_note   VARCHAR(1000),
    moderated_by      VARCHAR(100),
    moderated_at      TIMESTAMP WITH TIME ZONE,
    posted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- SHA-256 of the code in the link mailed to the contact, with which the enterprise follows its problem
    manage_code_hash  VARCHAR(64)    NOT NULL,
    version           INTEGER        NOT NULL,
    CONSTRAINT enterprise_problem_status_check CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED')),
    CONSTRAINT enterprise_problem_code_unique UNIQUE (manage_code_hash)
);

CREATE INDEX enterprise_problem_edition_idx ON enterprise_problem (edition_id, status);
CREATE INDEX enterprise_problem_track_idx ON enterprise_problem (track_id);

-- a registration answers at most one problem
CREATE TABLE problem_answer (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    problem_id         BIGINT         NOT NULL REFERENCES enterprise_problem (id),
    registration_id    BIGINT         NOT NULL REFERENCES registration (id),
    chosen_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at       TIMESTAMP WITH TIME ZONE,
    confirmation_note  VARCHAR(1000),
    version            INTEGER        NOT NULL,
    CONSTRAINT problem_answer_registration_unique UNIQUE (registration_id)
);

CREATE INDEX problem_answer_problem_idx ON problem_answer (problem_id);
