-- People who sign in, and their roles. Everyone is a learner; roles add powers.
CREATE SEQUENCE learner_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE learner (
    id                 BIGINT       NOT NULL,
    row_version        BIGINT       NOT NULL,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    department         VARCHAR(120),
    manager_id         BIGINT,
    active             BOOLEAN      NOT NULL,
    preferred_language VARCHAR(8)   NOT NULL,
    password_hash      VARCHAR(512),
    created_at         TIMESTAMP    NOT NULL,
    CONSTRAINT pk_learner PRIMARY KEY (id),
    CONSTRAINT uq_learner_email UNIQUE (email),
    CONSTRAINT fk_learner_manager FOREIGN KEY (manager_id) REFERENCES learner (id)
);
CREATE INDEX ix_learner_manager ON learner (manager_id);
CREATE INDEX ix_learner_department ON learner (department);

CREATE TABLE learner_role (
    learner_id BIGINT      NOT NULL,
    role_name  VARCHAR(16) NOT NULL,
    CONSTRAINT pk_learner_role PRIMARY KEY (learner_id, role_name),
    CONSTRAINT fk_learner_role_learner FOREIGN KEY (learner_id) REFERENCES learner (id)
);
CREATE INDEX ix_learner_role_role ON learner_role (role_name);
