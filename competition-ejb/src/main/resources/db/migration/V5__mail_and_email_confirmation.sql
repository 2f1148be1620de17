-- E-mail: a transactional outbox (a mail is written in the same transaction as the change it
-- tells of, and sent after the commit, retried until it goes out) and the confirmation of a
-- team contact's address.

CREATE SEQUENCE mail_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    recipient       VARCHAR(200)  NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    -- 0: sent before the others (a person waits for it, e.g. a confirmation link); 1: notices
    priority        INTEGER       NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mail_message_status_check CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);

CREATE INDEX mail_message_due_idx ON mail_message (status, next_attempt_at);
CREATE INDEX mail_message_recipient_idx ON mail_message (recipient);

-- accounts made by the committee carry an address it vouches for; a team contact confirms its own
ALTER TABLE account ADD COLUMN email_confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN email_token_hash VARCHAR(64);
ALTER TABLE account ADD COLUMN email_token_expires_at TIMESTAMP WITH TIME ZONE;
UPDATE account SET email_confirmed_at = created_at;
CREATE UNIQUE INDEX account_email_token_idx ON account (email_token_hash);
