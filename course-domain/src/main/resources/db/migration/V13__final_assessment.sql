-- The final assessment that may close a course: its question bank (content, immutable like the rest of a version),
-- the learners' attempts with the questions drawn for each and, once submitted, the answers; and the score a
-- certificate names. Written once for H2 2.2 and PostgreSQL 15, like V1.

CREATE SEQUENCE final_assessment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE assessment_question_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE final_assessment_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE final_assessment (
    id                    BIGINT        NOT NULL,
    course_id             BIGINT        NOT NULL,
    code                  VARCHAR(64)   NOT NULL,
    sort_order            INTEGER       NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    instructions          VARCHAR(4000) NOT NULL,
    questions_per_attempt INTEGER       NOT NULL,
    pass_mark             INTEGER       NOT NULL,
    attempts_allowed      INTEGER       NOT NULL,
    cooldown_minutes      INTEGER       NOT NULL,
    CONSTRAINT pk_final_assessment PRIMARY KEY (id),
    -- One per course version; the key also serves the course's look-up of it.
    CONSTRAINT uq_final_assessment_course UNIQUE (course_id),
    CONSTRAINT fk_final_assessment_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE assessment_question (
    id            BIGINT        NOT NULL,
    assessment_id BIGINT        NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    lesson_code   VARCHAR(64),
    sort_order    INTEGER       NOT NULL,
    question      VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_assessment_question PRIMARY KEY (id),
    CONSTRAINT uq_assessment_question_code UNIQUE (assessment_id, code),
    CONSTRAINT fk_assessment_question_assessment FOREIGN KEY (assessment_id) REFERENCES final_assessment (id)
);

CREATE TABLE assessment_option (
    question_id BIGINT        NOT NULL,
    sort_order  INTEGER       NOT NULL,
    option_text VARCHAR(4000) NOT NULL,
    correct     BOOLEAN       NOT NULL,
    feedback    VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_assessment_option PRIMARY KEY (question_id, sort_order),
    CONSTRAINT fk_assessment_option_question FOREIGN KEY (question_id) REFERENCES assessment_question (id)
);

CREATE TABLE final_assessment_attempt (
    id            BIGINT      NOT NULL,
    row_version   BIGINT      NOT NULL,
    learner_id    BIGINT      NOT NULL,
    enrolment_id  BIGINT      NOT NULL,
    assessment_id BIGINT      NOT NULL,
    attempt_no    INTEGER     NOT NULL,
    status        VARCHAR(16) NOT NULL,
    started_at    TIMESTAMP   NOT NULL,
    submitted_at  TIMESTAMP,
    correct_count INTEGER     NOT NULL,
    score         INTEGER     NOT NULL,
    CONSTRAINT pk_final_assessment_attempt PRIMARY KEY (id),
    -- Two starts at once give one attempt: the second insert fails on this key and is retried, finding the first.
    -- Its leading column serves FinalAssessmentAttempt.findOfEnrolment.
    CONSTRAINT uq_final_assessment_attempt_number UNIQUE (enrolment_id, attempt_no),
    CONSTRAINT fk_final_assessment_attempt_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_final_assessment_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_final_assessment_attempt_assessment FOREIGN KEY (assessment_id) REFERENCES final_assessment (id),
    CONSTRAINT ck_final_assessment_attempt_status CHECK (status IN ('IN_PROGRESS', 'PASSED', 'FAILED')),
    CONSTRAINT ck_final_assessment_attempt_score CHECK (score BETWEEN 0 AND 100)
);

CREATE INDEX ix_final_assessment_attempt_learner ON final_assessment_attempt (learner_id);
CREATE INDEX ix_final_assessment_attempt_assessment ON final_assessment_attempt (assessment_id);

CREATE TABLE final_assessment_answer (
    attempt_id    BIGINT      NOT NULL,
    sort_order    INTEGER     NOT NULL,
    question_code VARCHAR(64) NOT NULL,
    shown_order   VARCHAR(64) NOT NULL,
    chosen_option INTEGER,
    correct       BOOLEAN,
    CONSTRAINT pk_final_assessment_answer PRIMARY KEY (attempt_id, sort_order),
    CONSTRAINT fk_final_assessment_answer_attempt FOREIGN KEY (attempt_id) REFERENCES final_assessment_attempt (id)
);

-- A certificate names the final assessment passed and its score; both NULL for courses without one.
ALTER TABLE certificate ADD COLUMN final_assessment_title VARCHAR(300);
ALTER TABLE certificate ADD COLUMN final_assessment_score INTEGER;
