-- Commercialization support (成果转化支持): the committee's register of experts and mentors, and the
-- cases that teams with a confirmed prize open, assigned to experts and followed to closure with notes.

CREATE SEQUENCE support_expert_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE support_expert (
    id            BIGINT        NOT NULL PRIMARY KEY,
    name          VARCHAR(50)   NOT NULL,
    organization  VARCHAR(200)  NOT NULL,
    expertise     VARCHAR(500),
    -- the kinds of support the expert gives, comma-separated SupportKind names
    kinds         VARCHAR(300)  NOT NULL,
    email         VARCHAR(200),
    mobile        VARCHAR(20),
    active        BOOLEAN       NOT NULL,
    version       INTEGER       NOT NULL
);

CREATE TABLE support_case (
    id               BIGINT         NOT NULL PRIMARY KEY,
    edition_id       BIGINT         NOT NULL REFERENCES edition (id),
    registration_id  BIGINT         NOT NULL REFERENCES registration (id),
    -- comma-separated SupportKind names the team asked for
    kinds            VARCHAR(300)   NOT NULL,
    description      VARCHAR(2000)  NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    requested_by     VARCHAR(100)   NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(1000),
    closed_at        TIMESTAMP WITH TIME ZONE,
    version          INTEGER        NOT NULL,
    CONSTRAINT support_case_status_check CHECK (status IN ('REQUESTED', 'ASSIGNED', 'CLOSED'))
);

CREATE INDEX support_case_edition_idx ON support_case (edition_id);
CREATE INDEX support_case_registration_idx ON support_case (registration_id);

CREATE TABLE support_case_expert (
    case_id    BIGINT NOT NULL REFERENCES support_case (id),
    expert_id  BIGINT NOT NULL REFERENCES support_expert (id),
    CONSTRAINT support_case_expert_pk PRIMARY KEY (case_id, expert_id)
);

CREATE TABLE support_note (
    id        BIGINT         NOT NULL PRIMARY KEY,
    case_id   BIGINT         NOT NULL REFERENCES support_case (id),
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by VARCHAR(100)  NOT NULL,
    text      VARCHAR(2000)  NOT NULL
);

CREATE INDEX support_note_case_idx ON support_note (case_id);
