-- Open Badges trust from outside: keys retired by a rotation stay published, and revoked certificates are listed.
-- Written once for H2 2.2 and PostgreSQL 15, like V1: plain types, unquoted non-reserved names.

-- The public half of each signing key a rotation replaced: credentials it signed must still verify, so it stays in
-- the published key set and at its own address for good. The private half is not kept; nothing signs with it again.
CREATE TABLE retired_issuer_key (
    key_id     VARCHAR(100)  NOT NULL,
    purpose    VARCHAR(40)   NOT NULL,
    algorithm  VARCHAR(16)   NOT NULL,
    public_jwk VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    retired_at TIMESTAMP     NOT NULL,
    CONSTRAINT pk_retired_issuer_key PRIMARY KEY (key_id)
);

-- The public revocation list reads the revoked certificates on every request: few rows among many.
CREATE INDEX ix_certificate_status ON certificate (status, id);
