-- The national finals (全国总决赛): the teams that reach the FINAL round, in the order they go on
-- stage, and the live stage of the round (评委亮分): which team is on stage and whether its final
-- score has been revealed.

CREATE SEQUENCE judging_finalist_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE judging_finalist (
    id              BIGINT       NOT NULL PRIMARY KEY,
    round_id        BIGINT       NOT NULL REFERENCES judging_round (id),
    registration_id BIGINT       NOT NULL REFERENCES registration (id),
    -- the order of appearance on stage, from 1
    position        INTEGER      NOT NULL,
    -- NOMINATED by the committee, or ADVANCED by a confirmed first prize of a track round
    source          VARCHAR(20)  NOT NULL,
    added_by        VARCHAR(100) NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT judging_finalist_source_check CHECK (source IN ('NOMINATED', 'ADVANCED')),
    CONSTRAINT judging_finalist_unique UNIQUE (round_id, registration_id)
);

CREATE TABLE finals_stage (
    round_id          BIGINT      NOT NULL PRIMARY KEY REFERENCES judging_round (id),
    -- the team on stage; null before the first one
    registration_id   BIGINT      REFERENCES registration (id),
    phase             VARCHAR(20) NOT NULL,
    -- whether anyone may watch the big screen, or only the committee and the finals' judges
    audience_public   BOOLEAN     NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER     NOT NULL,
    CONSTRAINT finals_stage_phase_check CHECK (phase IN ('WAITING', 'ON_STAGE', 'REVEALED'))
);
