-- Publicity and exhibitions (宣传展示) of the national finals' first prizes: the reports of the media
-- (outlet, title, date, link) and the exhibitions that show them (event, date, place, projects). The
-- committee decides what of them the public results page shows.

CREATE SEQUENCE publicity_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exhibition_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE publicity_record (
    id               BIGINT        NOT NULL PRIMARY KEY,
    edition_id       BIGINT        NOT NULL REFERENCES edition (id),
    registration_id  BIGINT        NOT NULL REFERENCES registration (id),
    outlet           VARCHAR(200)  NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    published_on     DATE          NOT NULL,
    link             VARCHAR(500),
    shown            BOOLEAN       NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER       NOT NULL
);

CREATE INDEX publicity_record_edition_idx ON publicity_record (edition_id);

CREATE TABLE exhibition (
    id          BIGINT        NOT NULL PRIMARY KEY,
    edition_id  BIGINT        NOT NULL REFERENCES edition (id),
    event       VARCHAR(200)  NOT NULL,
    held_on     DATE          NOT NULL,
    place       VARCHAR(200)  NOT NULL,
    shown       BOOLEAN       NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER       NOT NULL
);

CREATE INDEX exhibition_edition_idx ON exhibition (edition_id);

CREATE TABLE exhibition_project (
    exhibition_id    BIGINT NOT NULL REFERENCES exhibition (id),
    registration_id  BIGINT NOT NULL REFERENCES registration (id),
    CONSTRAINT exhibition_project_pk PRIMARY KEY (exhibition_id, registration_id)
);
