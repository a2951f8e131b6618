package com.atiende.domain.enrolment;

/** The life of an enrolment: open until every lesson is read and every required scenario passed. */
public enum EnrolmentStatus {
    ACTIVE,
    COMPLETED
}
