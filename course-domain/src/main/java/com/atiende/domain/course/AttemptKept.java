package com.atiende.domain.course;

/** Which of a learner's attempts at a scenario counts: the best one, or the last one finished. */
public enum AttemptKept {
    BEST,
    LAST
}
