-- A person's interface language becomes optional: no choice means following the browser's language.
ALTER TABLE learner ALTER COLUMN preferred_language DROP NOT NULL;
UPDATE learner SET preferred_language = NULL;
