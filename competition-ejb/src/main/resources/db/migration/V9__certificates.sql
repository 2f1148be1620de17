-- Certificates (荣誉证书) of confirmed awards and approved honours: one per team and one per member of a
-- prize-winning team, one per honour. A certificate is planned (PENDING) with its serial number and
-- verification code, then rendered by the certificate job (GENERATED, with the file's checksum); the
-- committee may revoke one (with a reason) and reissue it under a new serial.

CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE certificate (
    id                BIGINT        NOT NULL PRIMARY KEY,
    -- QXCX-<year>-<track or FINAL>-<number>
    serial            VARCHAR(60)   NOT NULL,
    -- unguessable: the public verification page and the QR code name it
    verification_code VARCHAR(40)   NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    edition_id        BIGINT        NOT NULL REFERENCES edition (id),
    award_id          BIGINT        REFERENCES award (id),
    member_id         BIGINT,
    honor_id          BIGINT        REFERENCES honor (id),
    registration_id   BIGINT        REFERENCES registration (id),
    track_id          BIGINT        REFERENCES track (id),
    -- what the certificate says, as it was issued
    holder            VARCHAR(300)  NOT NULL,
    holder_role       VARCHAR(100),
    team_name         VARCHAR(200),
    organizations     VARCHAR(1000),
    members           VARCHAR(2000),
    distinction       VARCHAR(200)  NOT NULL,
    scope_name        VARCHAR(200)  NOT NULL,
    issued_on         DATE          NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    failure           VARCHAR(1000),
    file_name         VARCHAR(200),
    sha256            VARCHAR(64),
    size_bytes        BIGINT,
    generated_at      TIMESTAMP WITH TIME ZONE,
    revoked_reason    VARCHAR(1000),
    revoked_by        VARCHAR(100),
    revoked_at        TIMESTAMP WITH TIME ZONE,
    reissued_as       VARCHAR(60),
    -- 'current' for the one certificate of its subject that stands, else the id (revoked ones step aside)
    subject_key       VARCHAR(100)  NOT NULL,
    version           INTEGER       NOT NULL,
    CONSTRAINT certificate_kind_check CHECK (kind IN ('TEAM', 'MEMBER', 'HONOR')),
    CONSTRAINT certificate_status_check CHECK (status IN ('PENDING', 'GENERATED', 'FAILED', 'REVOKED')),
    CONSTRAINT certificate_serial_unique UNIQUE (serial),
    CONSTRAINT certificate_code_unique UNIQUE (verification_code),
    CONSTRAINT certificate_subject_unique UNIQUE (subject_key)
);

CREATE INDEX certificate_status_idx ON certificate (status, id);
CREATE INDEX certificate_registration_idx ON certificate (registration_id);
CREATE INDEX certificate_track_idx ON certificate (track_id);
