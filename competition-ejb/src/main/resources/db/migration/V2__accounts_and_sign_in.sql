-- Accounts of the committee, the hosts of tracks, judges and team contacts; where each may act;
-- and every sign-in attempt (for lockout and for the record).

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sign_in_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    email                VARCHAR(200),
    role                 VARCHAR(20)  NOT NULL,
    password_hash        VARCHAR(300) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER      NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_role_check CHECK (role IN ('COMMITTEE', 'HOST', 'JUDGE', 'TEAM')),
    CONSTRAINT account_status_check CHECK (status IN ('ACTIVE', 'DISABLED'))
);

CREATE INDEX account_role_idx ON account (role);

-- the tracks a HOST runs or a JUDGE judges
CREATE TABLE account_track (
    account_id BIGINT NOT NULL REFERENCES account (id),
    track_id   BIGINT NOT NULL REFERENCES track (id),
    CONSTRAINT account_track_pk PRIMARY KEY (account_id, track_id)
);

CREATE INDEX account_track_track_idx ON account_track (track_id);

-- the editions whose national finals a JUDGE judges
CREATE TABLE account_finals (
    account_id BIGINT NOT NULL REFERENCES account (id),
    edition_id BIGINT NOT NULL REFERENCES edition (id),
    CONSTRAINT account_finals_pk PRIMARY KEY (account_id, edition_id)
);

CREATE TABLE sign_in_attempt (
    id           BIGINT      NOT NULL PRIMARY KEY,
    username     VARCHAR(64) NOT NULL,
    address      VARCHAR(64) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded    BOOLEAN     NOT NULL
);

CREATE INDEX sign_in_attempt_user_idx ON sign_in_attempt (username, attempted_at);
CREATE INDEX sign_in_attempt_address_idx ON sign_in_attempt (address, attempted_at);
