/**
 * Attempts at role-play scenarios: the replies a learner picks, step by step and in sequence, recorded as they are
 * made; the grading of a finished attempt by competency (through {@link com.atiende.domain.course.Scoring} and
 * {@link com.atiende.domain.course.PassRules}); and the course's rules on how many attempts, how often, for how long,
 * and which one counts.
 */
package com.atiende.domain.attempt;
