-- Browsers a person signed in from (OWASP device cookies): failed sign-ins from one count against that browser, so
-- that someone guessing passwords elsewhere cannot lock its owner out. Only a SHA-256 of the cookie's token is kept.
CREATE TABLE trusted_device (
    token_hash VARCHAR(64)  NOT NULL,
    account    VARCHAR(254) NOT NULL,
    expires_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_trusted_device PRIMARY KEY (token_hash)
);
CREATE INDEX ix_trusted_device_expires ON trusted_device (expires_at);
