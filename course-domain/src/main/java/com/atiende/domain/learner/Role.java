package com.atiende.domain.learner;

/** What a person may do in Atiende besides learning. A person may hold several roles. */
public enum Role {
    /** Takes courses and role-plays, earns certificates. */
    EMPLOYEE,
    /** Authors courses and scenarios, publishes versions, reads item analysis. */
    TRAINER,
    /** Assigns courses, reads completion, compliance and competency reports, manages certificates. */
    HR,
    /** Manages accounts, roles and the platform. */
    ADMIN
}
