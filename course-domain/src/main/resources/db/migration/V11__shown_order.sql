-- Replies shown in an order shuffled per attempt, and that order recorded with each answer (issue #21: no answer
-- cues; issue #23: position effects in item analysis). Written for H2 2.2 and PostgreSQL 15, like V4.

-- The seed of an attempt's order (see ShuffledOrder): with a step's code it gives the order of that step's replies,
-- the same on every reload and every node. NULL for attempts started before this migration, which keep the authored
-- order they began with.
ALTER TABLE attempt ADD COLUMN shuffle_seed BIGINT;

-- The codes of the step's replies as they were shown, comma-separated (codes are [a-z0-9-] slugs of at most 64
-- characters; 4000 leaves room for any number of replies a step may have), and the position of the chosen one from 1,
-- kept as a number so that reports group by it without parsing the list.
ALTER TABLE attempt_answer ADD COLUMN shown_order VARCHAR(4000);
ALTER TABLE attempt_answer ADD COLUMN shown_position INTEGER;

-- Until now the player showed every step's replies in the authored order, so that is what earlier answers saw.
UPDATE attempt_answer SET
    shown_order = (SELECT STRING_AGG(offered.code, ',' ORDER BY offered.sort_order)
                   FROM scenario_choice chosen JOIN scenario_choice offered ON offered.step_id = chosen.step_id
                   WHERE chosen.id = attempt_answer.choice_id),
    shown_position = (SELECT chosen.sort_order + 1 FROM scenario_choice chosen
                      WHERE chosen.id = attempt_answer.choice_id);

ALTER TABLE attempt_answer ALTER COLUMN shown_order SET NOT NULL;
ALTER TABLE attempt_answer ALTER COLUMN shown_position SET NOT NULL;
ALTER TABLE attempt_answer ADD CONSTRAINT ck_attempt_answer_shown_position CHECK (shown_position >= 1);
