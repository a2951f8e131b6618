-- Course content: competencies, course versions with their lessons and scenarios, and each scenario's analysis.
-- Written once for H2 2.2 and PostgreSQL 15: plain types only, every name unquoted and not a reserved word.
-- Ids come from one sequence per table, incremented by the entities' allocationSize (50).

CREATE SEQUENCE competency_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE course_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE lesson_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE self_check_question_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE scenario_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE scenario_step_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE scenario_choice_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE scenario_ending_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE competency (
    id             BIGINT        NOT NULL,
    code           VARCHAR(64)   NOT NULL,
    name_es        VARCHAR(300)  NOT NULL,
    name_en        VARCHAR(300)  NOT NULL,
    description_es VARCHAR(4000) NOT NULL,
    description_en VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_competency PRIMARY KEY (id),
    CONSTRAINT uq_competency_code UNIQUE (code)
);

CREATE TABLE course (
    id                          BIGINT        NOT NULL,
    code                        VARCHAR(64)   NOT NULL,
    version                     INTEGER       NOT NULL,
    title                       VARCHAR(300)  NOT NULL,
    summary                     VARCHAR(4000) NOT NULL,
    language                    VARCHAR(16)   NOT NULL,
    status                      VARCHAR(16)   NOT NULL,
    catalogue_order             INTEGER       NOT NULL,
    content_hash                VARCHAR(64)   NOT NULL,
    published_at                TIMESTAMP,
    pass_mark                   INTEGER       NOT NULL,
    attempts_allowed            INTEGER       NOT NULL,
    attempt_kept                VARCHAR(8)    NOT NULL,
    cooldown_minutes            INTEGER       NOT NULL,
    attempt_expiry_days         INTEGER       NOT NULL,
    certificate_validity_months INTEGER       NOT NULL,
    CONSTRAINT pk_course PRIMARY KEY (id),
    -- Also serves Course.findLatestByCode, Course.findByCodeAndVersion and Course.findPublishedByCode.
    CONSTRAINT uq_course_code_version UNIQUE (code, version),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_course_attempt_kept CHECK (attempt_kept IN ('BEST', 'LAST'))
);

-- Course.findPublished: the catalogue, by status then catalogue order.
CREATE INDEX ix_course_status_order ON course (status, catalogue_order);

CREATE TABLE course_weight (
    course_id       BIGINT      NOT NULL,
    competency_code VARCHAR(64) NOT NULL,
    weight          INTEGER     NOT NULL,
    CONSTRAINT pk_course_weight PRIMARY KEY (course_id, competency_code),
    CONSTRAINT fk_course_weight_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE course_floor (
    course_id       BIGINT      NOT NULL,
    competency_code VARCHAR(64) NOT NULL,
    min_score       INTEGER     NOT NULL,
    CONSTRAINT pk_course_floor PRIMARY KEY (course_id, competency_code),
    CONSTRAINT fk_course_floor_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE lesson (
    id         BIGINT          NOT NULL,
    course_id  BIGINT          NOT NULL,
    code       VARCHAR(64)     NOT NULL,
    sort_order INTEGER         NOT NULL,
    title      VARCHAR(300)    NOT NULL,
    minutes    INTEGER         NOT NULL,
    body       VARCHAR(100000) NOT NULL,
    CONSTRAINT pk_lesson PRIMARY KEY (id),
    CONSTRAINT uq_lesson_course_code UNIQUE (course_id, code),
    CONSTRAINT fk_lesson_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE lesson_takeaway (
    lesson_id  BIGINT        NOT NULL,
    sort_order INTEGER       NOT NULL,
    takeaway   VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_lesson_takeaway PRIMARY KEY (lesson_id, sort_order),
    CONSTRAINT fk_lesson_takeaway_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);

CREATE TABLE self_check_question (
    id         BIGINT        NOT NULL,
    lesson_id  BIGINT        NOT NULL,
    sort_order INTEGER       NOT NULL,
    question   VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_self_check_question PRIMARY KEY (id),
    CONSTRAINT fk_self_check_question_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);

CREATE INDEX ix_self_check_question_lesson ON self_check_question (lesson_id);

CREATE TABLE self_check_option (
    question_id BIGINT        NOT NULL,
    sort_order  INTEGER       NOT NULL,
    option_text VARCHAR(4000) NOT NULL,
    correct     BOOLEAN       NOT NULL,
    feedback    VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_self_check_option PRIMARY KEY (question_id, sort_order),
    CONSTRAINT fk_self_check_option_question FOREIGN KEY (question_id) REFERENCES self_check_question (id)
);

CREATE TABLE scenario (
    id                  BIGINT        NOT NULL,
    course_id           BIGINT        NOT NULL,
    code                VARCHAR(64)   NOT NULL,
    sort_order          INTEGER       NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    summary             VARCHAR(4000) NOT NULL,
    required            BOOLEAN       NOT NULL,
    channel             VARCHAR(32)   NOT NULL,
    character_name      VARCHAR(300)  NOT NULL,
    start_step_code     VARCHAR(64)   NOT NULL,
    path_count          BIGINT        NOT NULL,
    best_path_decisions INTEGER       NOT NULL,
    CONSTRAINT pk_scenario PRIMARY KEY (id),
    CONSTRAINT uq_scenario_course_code UNIQUE (course_id, code),
    CONSTRAINT fk_scenario_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE scenario_max_points (
    scenario_id     BIGINT      NOT NULL,
    competency_code VARCHAR(64) NOT NULL,
    points          INTEGER     NOT NULL,
    CONSTRAINT pk_scenario_max_points PRIMARY KEY (scenario_id, competency_code),
    CONSTRAINT fk_scenario_max_points_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);

CREATE TABLE scenario_min_points (
    scenario_id     BIGINT      NOT NULL,
    competency_code VARCHAR(64) NOT NULL,
    points          INTEGER     NOT NULL,
    CONSTRAINT pk_scenario_min_points PRIMARY KEY (scenario_id, competency_code),
    CONSTRAINT fk_scenario_min_points_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);

CREATE TABLE scenario_step (
    id             BIGINT        NOT NULL,
    scenario_id    BIGINT        NOT NULL,
    code           VARCHAR(64)   NOT NULL,
    sort_order     INTEGER       NOT NULL,
    context        VARCHAR(4000) NOT NULL,
    mood           VARCHAR(300),
    waited_minutes INTEGER,
    says           VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_scenario_step PRIMARY KEY (id),
    CONSTRAINT uq_scenario_step_code UNIQUE (scenario_id, code),
    CONSTRAINT fk_scenario_step_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);

CREATE TABLE scenario_choice (
    id                   BIGINT        NOT NULL,
    step_id              BIGINT        NOT NULL,
    code                 VARCHAR(64)   NOT NULL,
    sort_order           INTEGER       NOT NULL,
    reply                VARCHAR(4000) NOT NULL,
    feedback             VARCHAR(4000) NOT NULL,
    next_code            VARCHAR(64),
    critical_explanation VARCHAR(4000),
    CONSTRAINT pk_scenario_choice PRIMARY KEY (id),
    CONSTRAINT uq_scenario_choice_code UNIQUE (step_id, code),
    CONSTRAINT fk_scenario_choice_step FOREIGN KEY (step_id) REFERENCES scenario_step (id),
    -- A choice leads somewhere or is critical, never both, never neither.
    CONSTRAINT ck_scenario_choice_next_or_critical
        CHECK ((next_code IS NULL AND critical_explanation IS NOT NULL)
            OR (next_code IS NOT NULL AND critical_explanation IS NULL))
);

CREATE TABLE choice_effect (
    choice_id       BIGINT      NOT NULL,
    competency_code VARCHAR(64) NOT NULL,
    points          INTEGER     NOT NULL,
    CONSTRAINT pk_choice_effect PRIMARY KEY (choice_id, competency_code),
    CONSTRAINT fk_choice_effect_choice FOREIGN KEY (choice_id) REFERENCES scenario_choice (id)
);

CREATE TABLE scenario_ending (
    id          BIGINT        NOT NULL,
    scenario_id BIGINT        NOT NULL,
    code        VARCHAR(64)   NOT NULL,
    sort_order  INTEGER       NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    outcome     VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_scenario_ending PRIMARY KEY (id),
    CONSTRAINT uq_scenario_ending_code UNIQUE (scenario_id, code),
    CONSTRAINT fk_scenario_ending_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
);
