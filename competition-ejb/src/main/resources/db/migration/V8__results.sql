-- Results (评审结果): how each round ranks its teams, the ranking snapshots the nightly aggregation
-- stores, the awards proposed from them and confirmed by the committee, and the honours of
-- organizing units and staff.

CREATE SEQUENCE ranking_snapshot_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE award_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE honor_seq START WITH 50 INCREMENT BY 50;

-- one per round: the ranking rule, the award quotas and prize money, and where the awards stand
CREATE TABLE result_plan (
    round_id            BIGINT        NOT NULL PRIMARY KEY REFERENCES judging_round (id),
    method              VARCHAR(10)   NOT NULL,
    normalized          BOOLEAN       NOT NULL,
    tie_breaks          VARCHAR(500)  NOT NULL,
    -- COUNT: the numbers are teams; PERCENT: per cent of the round's teams, rounded half up
    quota_kind          VARCHAR(10)   NOT NULL,
    first_prizes        INTEGER       NOT NULL,
    second_prizes       INTEGER       NOT NULL,
    third_prizes        INTEGER       NOT NULL,
    first_prize_money   NUMERIC(12, 2),
    second_prize_money  NUMERIC(12, 2),
    third_prize_money   NUMERIC(12, 2),
    award_status        VARCHAR(20)   NOT NULL,
    snapshot_id         BIGINT,
    reviewed_by         VARCHAR(100),
    reviewed_at         TIMESTAMP WITH TIME ZONE,
    review_note         VARCHAR(1000),
    confirmed_by        VARCHAR(100),
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    version             INTEGER       NOT NULL,
    CONSTRAINT result_plan_method_check CHECK (method IN ('TRIMMED', 'MEAN')),
    CONSTRAINT result_plan_quota_check CHECK (quota_kind IN ('COUNT', 'PERCENT')),
    CONSTRAINT result_plan_status_check CHECK (award_status IN ('NONE', 'PROPOSED', 'REVIEWED', 'CONFIRMED'))
);

-- an immutable ranking of a round; a new one only when the inputs or the rule changed
CREATE TABLE ranking_snapshot (
    id              BIGINT        NOT NULL PRIMARY KEY,
    round_id        BIGINT        NOT NULL REFERENCES judging_round (id),
    version_number  INTEGER       NOT NULL,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    computed_by     VARCHAR(100)  NOT NULL,
    -- SHA-256 of the submitted scores, the weights and the rule the ranking was computed from
    inputs_checksum VARCHAR(64)   NOT NULL,
    rule_text       VARCHAR(600)  NOT NULL,
    teams           INTEGER       NOT NULL,
    sheets          INTEGER       NOT NULL,
    -- what changed against the previous snapshot (counts and the first changes), JSON; the full diff comes from the entries
    diff_json       VARCHAR(100000),
    CONSTRAINT ranking_snapshot_version_unique UNIQUE (round_id, version_number)
);

CREATE TABLE ranking_entry (
    snapshot_id       BIGINT        NOT NULL REFERENCES ranking_snapshot (id),
    registration_id   BIGINT        NOT NULL REFERENCES registration (id),
    -- null for a team without a submitted sheet
    team_rank         INTEGER,
    score             NUMERIC(8, 2),
    untrimmed_mean    NUMERIC(8, 2),
    judges            INTEGER       NOT NULL,
    dropped_judges    VARCHAR(200),
    tie_break_values  VARCHAR(1000),
    tied              BOOLEAN       NOT NULL,
    CONSTRAINT ranking_entry_pk PRIMARY KEY (snapshot_id, registration_id)
);

CREATE TABLE award (
    id               BIGINT        NOT NULL PRIMARY KEY,
    round_id         BIGINT        NOT NULL REFERENCES judging_round (id),
    registration_id  BIGINT        NOT NULL REFERENCES registration (id),
    prize            VARCHAR(10)   NOT NULL,
    team_rank        INTEGER       NOT NULL,
    score            NUMERIC(8, 2) NOT NULL,
    prize_money      NUMERIC(12, 2),
    CONSTRAINT award_prize_check CHECK (prize IN ('FIRST', 'SECOND', 'THIRD')),
    CONSTRAINT award_unique UNIQUE (round_id, registration_id)
);

CREATE INDEX award_registration_idx ON award (registration_id);

-- 优秀组织单位 (an organization) and 优秀工作者 (a person) of a track, or of the finals (no track)
CREATE TABLE honor (
    id             BIGINT        NOT NULL PRIMARY KEY,
    edition_id     BIGINT        NOT NULL REFERENCES edition (id),
    track_id       BIGINT        REFERENCES track (id),
    kind           VARCHAR(20)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    organization   VARCHAR(200),
    citation       VARCHAR(1000) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    decision_note  VARCHAR(1000),
    nominated_by   VARCHAR(100)  NOT NULL,
    nominated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMP WITH TIME ZONE,
    version        INTEGER       NOT NULL,
    CONSTRAINT honor_kind_check CHECK (kind IN ('ORGANIZING_UNIT', 'STAFF')),
    CONSTRAINT honor_status_check CHECK (status IN ('NOMINATED', 'APPROVED', 'REJECTED'))
);

CREATE INDEX honor_edition_idx ON honor (edition_id, track_id);
