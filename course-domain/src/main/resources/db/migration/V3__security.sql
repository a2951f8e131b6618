-- Security records: the audit log, sign-in throttling shared by every instance, and hashed API tokens.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    subject        VARCHAR(254),
    detail         VARCHAR(1000),
    source_address VARCHAR(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);

CREATE TABLE sign_in_throttle (
    subject           VARCHAR(300) NOT NULL,
    row_version       BIGINT       NOT NULL,
    failures          INTEGER      NOT NULL,
    window_started_at TIMESTAMP    NOT NULL,
    locked_until      TIMESTAMP,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (subject)
);

CREATE TABLE api_token (
    id           BIGINT       NOT NULL,
    owner_id     BIGINT       NOT NULL,
    label        VARCHAR(120) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES learner (id)
);
CREATE INDEX ix_api_token_owner ON api_token (owner_id);

CREATE TABLE api_token_scope (
    api_token_id BIGINT      NOT NULL,
    scope        VARCHAR(40) NOT NULL,
    CONSTRAINT pk_api_token_scope PRIMARY KEY (api_token_id, scope),
    CONSTRAINT fk_api_token_scope_token FOREIGN KEY (api_token_id) REFERENCES api_token (id)
);
