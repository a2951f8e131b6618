-- Learning records: enrolments and the lessons read in them, attempts at scenarios with every answer and the grade,
-- and certificates. Written once for H2 2.2 and PostgreSQL 15, like V1: plain types, unquoted non-reserved names,
-- one sequence per table incremented by the entities' allocationSize (50). Scores are whole tenths (one decimal).

CREATE SEQUENCE enrolment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE attempt_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE attempt_answer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE enrolment (
    id                 BIGINT      NOT NULL,
    row_version        BIGINT      NOT NULL,
    learner_id         BIGINT      NOT NULL,
    course_id          BIGINT      NOT NULL,
    course_code        VARCHAR(64) NOT NULL,
    active_course_code VARCHAR(64),
    status             VARCHAR(16) NOT NULL,
    enrolled_at        TIMESTAMP   NOT NULL,
    due_at             TIMESTAMP,
    completed_at       TIMESTAMP,
    last_activity_at   TIMESTAMP   NOT NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    -- One open enrolment per learner and course: active_course_code is the course code while the enrolment is open
    -- and NULL after, and NULLs never collide in a unique key (H2 has no partial unique index). Its leading column
    -- also serves Enrolment.findByLearner and Enrolment.findActive.
    CONSTRAINT uq_enrolment_active UNIQUE (learner_id, active_course_code),
    CONSTRAINT fk_enrolment_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('ACTIVE', 'COMPLETED')),
    CONSTRAINT ck_enrolment_active_code
        CHECK ((status = 'ACTIVE' AND active_course_code = course_code)
            OR (status = 'COMPLETED' AND active_course_code IS NULL AND completed_at IS NOT NULL))
);

-- Who is enrolled in a course version (HR reports), and the foreign key.
CREATE INDEX ix_enrolment_course ON enrolment (course_id, status);

CREATE TABLE enrolment_lesson_read (
    enrolment_id BIGINT      NOT NULL,
    lesson_code  VARCHAR(64) NOT NULL,
    read_at      TIMESTAMP   NOT NULL,
    -- A lesson is read once per enrolment; the key also makes a concurrent second mark fail and be retried.
    CONSTRAINT pk_enrolment_lesson_read PRIMARY KEY (enrolment_id, lesson_code),
    CONSTRAINT fk_enrolment_lesson_read_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

CREATE TABLE attempt (
    id                BIGINT      NOT NULL,
    row_version       BIGINT      NOT NULL,
    learner_id        BIGINT      NOT NULL,
    enrolment_id      BIGINT      NOT NULL,
    scenario_id       BIGINT      NOT NULL,
    attempt_no        INTEGER     NOT NULL,
    status            VARCHAR(16) NOT NULL,
    started_at        TIMESTAMP   NOT NULL,
    expires_at        TIMESTAMP   NOT NULL,
    finished_at       TIMESTAMP,
    current_step_code VARCHAR(64),
    next_sequence     INTEGER     NOT NULL,
    overall_tenths    INTEGER     NOT NULL,
    passed            BOOLEAN     NOT NULL,
    below_pass_mark   BOOLEAN     NOT NULL,
    critical_choice   BOOLEAN     NOT NULL,
    ending_code       VARCHAR(64),
    CONSTRAINT pk_attempt PRIMARY KEY (id),
    -- Two concurrent starts compute the same number: one fails and, retried, resumes the other's attempt. Also
    -- serves Attempt.findOfScenario and Attempt.recordsOfEnrolment.
    CONSTRAINT uq_attempt_number UNIQUE (enrolment_id, scenario_id, attempt_no),
    CONSTRAINT fk_attempt_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_attempt_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id),
    CONSTRAINT ck_attempt_status CHECK (status IN ('IN_PROGRESS', 'PASSED', 'FAILED', 'EXPIRED')),
    CONSTRAINT ck_attempt_number CHECK (attempt_no >= 1 AND next_sequence >= 1)
);

-- Attempt.recordsOfLearner ("Mi aprendizaje"), Attempt.findOwned.
CREATE INDEX ix_attempt_learner ON attempt (learner_id);
-- Results per scenario version (trainer reports), and the foreign key.
CREATE INDEX ix_attempt_scenario ON attempt (scenario_id, status);

CREATE TABLE attempt_score (
    attempt_id      BIGINT      NOT NULL,
    competency_code VARCHAR(64) NOT NULL,
    points          INTEGER     NOT NULL,
    score_tenths    INTEGER     NOT NULL,
    below_floor     BOOLEAN     NOT NULL,
    CONSTRAINT pk_attempt_score PRIMARY KEY (attempt_id, competency_code),
    CONSTRAINT fk_attempt_score_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT ck_attempt_score_range CHECK (score_tenths BETWEEN 0 AND 1000)
);

CREATE TABLE attempt_answer (
    id          BIGINT      NOT NULL,
    attempt_id  BIGINT      NOT NULL,
    sequence_no INTEGER     NOT NULL,
    step_code   VARCHAR(64) NOT NULL,
    choice_code VARCHAR(64) NOT NULL,
    choice_id   BIGINT      NOT NULL,
    answered_at TIMESTAMP   NOT NULL,
    CONSTRAINT pk_attempt_answer PRIMARY KEY (id),
    -- One answer per decision, whatever the application does: the last guard against two tabs answering at once.
    CONSTRAINT uq_attempt_answer_sequence UNIQUE (attempt_id, sequence_no),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_attempt_answer_choice FOREIGN KEY (choice_id) REFERENCES scenario_choice (id),
    CONSTRAINT ck_attempt_answer_sequence CHECK (sequence_no >= 1)
);

-- Item analysis: how often each reply is chosen.
CREATE INDEX ix_attempt_answer_choice ON attempt_answer (choice_id);

CREATE TABLE certificate (
    id                BIGINT        NOT NULL,
    row_version       BIGINT        NOT NULL,
    learner_id        BIGINT        NOT NULL,
    course_id         BIGINT        NOT NULL,
    enrolment_id      BIGINT        NOT NULL,
    verification_code VARCHAR(16)   NOT NULL,
    issued_at         TIMESTAMP     NOT NULL,
    expires_at        TIMESTAMP     NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    revoked_at        TIMESTAMP,
    revocation_reason VARCHAR(1000),
    overall_tenths    INTEGER       NOT NULL,
    CONSTRAINT pk_certificate PRIMARY KEY (id),
    -- Completion issues at most one certificate per enrolment, even when two transactions race to issue it.
    CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id),
    -- Also serves Certificate.findByVerificationCode (public verification).
    CONSTRAINT uq_certificate_verification_code UNIQUE (verification_code),
    CONSTRAINT fk_certificate_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    -- EXPIRED is derived from expires_at, never stored.
    CONSTRAINT ck_certificate_status CHECK (status IN ('VALID', 'REVOKED')),
    CONSTRAINT ck_certificate_revocation
        CHECK ((status = 'VALID' AND revoked_at IS NULL) OR (status = 'REVOKED' AND revoked_at IS NOT NULL))
);

-- Certificate.findByLearner and Certificate.findLatest.
CREATE INDEX ix_certificate_learner ON certificate (learner_id, issued_at);
-- Certificates of a course version by expiry (HR compliance reports), and the foreign key.
CREATE INDEX ix_certificate_course ON certificate (course_id, expires_at);

CREATE TABLE certificate_score (
    certificate_id  BIGINT      NOT NULL,
    competency_code VARCHAR(64) NOT NULL,
    score_tenths    INTEGER     NOT NULL,
    CONSTRAINT pk_certificate_score PRIMARY KEY (certificate_id, competency_code),
    CONSTRAINT fk_certificate_score_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);
