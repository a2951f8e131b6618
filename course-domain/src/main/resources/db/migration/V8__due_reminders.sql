-- Reminders of courses due by a date: one per enrolment, kind and due date, the row being the claim (see DueReminder).
CREATE SEQUENCE due_reminder_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE due_reminder (
    id            BIGINT       NOT NULL,
    enrolment_id  BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    due_at        TIMESTAMP    NOT NULL,
    claimed_at    TIMESTAMP    NOT NULL,
    claimed_by    VARCHAR(100) NOT NULL,
    notification  VARCHAR(16)  NOT NULL,
    notified_at   TIMESTAMP,
    CONSTRAINT pk_due_reminder PRIMARY KEY (id),
    CONSTRAINT uk_due_reminder UNIQUE (enrolment_id, kind, due_at),
    CONSTRAINT fk_due_reminder_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT ck_due_reminder_kind CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    CONSTRAINT ck_due_reminder_notification CHECK (notification IN ('PENDING', 'SENT', 'FAILED', 'NOT_CONFIGURED'))
);
