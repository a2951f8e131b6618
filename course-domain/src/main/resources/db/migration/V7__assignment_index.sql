-- HR's list of assigned courses reads the enrolments due by a date: most enrolments (taken on one's own) have none.
CREATE INDEX ix_enrolment_due_at ON enrolment (due_at);
