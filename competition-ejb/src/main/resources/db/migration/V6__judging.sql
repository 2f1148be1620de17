-- Judging (评审): rounds with their criteria, judges' organizations and declared conflicts, and
-- score sheets (one per judge and team of a round: the assignment and the judge's scores).

CREATE SEQUENCE judging_round_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE judging_criterion_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE judging_conflict_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE judging_sheet_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE judging_round (
    id                BIGINT       NOT NULL PRIMARY KEY,
    edition_id        BIGINT       NOT NULL REFERENCES edition (id),
    -- null for the edition's FINAL round
    track_id          BIGINT       REFERENCES track (id),
    kind              VARCHAR(10)  NOT NULL,
    -- TRACK:<track id> or FINAL:<edition id>: one round of each, whatever the database does with nulls
    scope_key         VARCHAR(40)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    scale_max         NUMERIC(6, 1) NOT NULL,
    step              NUMERIC(4, 1) NOT NULL,
    judges_per_team   INTEGER      NOT NULL,
    scoring_opens_at  TIMESTAMP,
    scoring_closes_at TIMESTAMP,
    version           INTEGER      NOT NULL,
    CONSTRAINT judging_round_kind_check CHECK (kind IN ('TRACK', 'FINAL')),
    CONSTRAINT judging_round_status_check CHECK (status IN ('OPEN', 'SCORING', 'CLOSED', 'PUBLISHED')),
    CONSTRAINT judging_round_scope_unique UNIQUE (scope_key)
);

CREATE TABLE judging_criterion (
    id       BIGINT        NOT NULL PRIMARY KEY,
    round_id BIGINT        NOT NULL REFERENCES judging_round (id),
    position INTEGER       NOT NULL,
    code     VARCHAR(30)   NOT NULL,
    name_zh  VARCHAR(50)   NOT NULL,
    name_en  VARCHAR(100)  NOT NULL,
    weight   NUMERIC(5, 4) NOT NULL,
    CONSTRAINT judging_criterion_code_unique UNIQUE (round_id, code)
);

-- the organizations a judge works for, by name: a team of one of them is a conflict
CREATE TABLE judge_organization (
    judge_account_id BIGINT       NOT NULL REFERENCES account (id),
    name             VARCHAR(200) NOT NULL,
    CONSTRAINT judge_organization_pk PRIMARY KEY (judge_account_id, name)
);

-- DECLARED: the judge may not score the team; ALLOWED: the committee lets a detected conflict pass
CREATE TABLE judging_conflict (
    id               BIGINT        NOT NULL PRIMARY KEY,
    judge_account_id BIGINT        NOT NULL REFERENCES account (id),
    registration_id  BIGINT        NOT NULL REFERENCES registration (id),
    kind             VARCHAR(10)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT judging_conflict_kind_check CHECK (kind IN ('DECLARED', 'ALLOWED')),
    CONSTRAINT judging_conflict_unique UNIQUE (judge_account_id, registration_id, kind)
);

CREATE TABLE judging_sheet (
    id               BIGINT        NOT NULL PRIMARY KEY,
    round_id         BIGINT        NOT NULL REFERENCES judging_round (id),
    registration_id  BIGINT        NOT NULL REFERENCES registration (id),
    judge_account_id BIGINT        NOT NULL REFERENCES account (id),
    status           VARCHAR(20)   NOT NULL,
    comment_text     VARCHAR(2000),
    assigned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    version          INTEGER       NOT NULL,
    CONSTRAINT judging_sheet_status_check CHECK (status IN ('ASSIGNED', 'DRAFT', 'SUBMITTED')),
    CONSTRAINT judging_sheet_unique UNIQUE (round_id, registration_id, judge_account_id)
);

CREATE INDEX judging_sheet_judge_idx ON judging_sheet (judge_account_id, round_id);
CREATE INDEX judging_sheet_registration_idx ON judging_sheet (registration_id);

CREATE TABLE judging_score (
    sheet_id       BIGINT       NOT NULL REFERENCES judging_sheet (id),
    criterion_code VARCHAR(30)  NOT NULL,
    score          NUMERIC(6, 1) NOT NULL,
    CONSTRAINT judging_score_pk PRIMARY KEY (sheet_id, criterion_code)
);
