/**
 * Completing a course: when the last lesson is read or the last required scenario passed, the enrolment completes
 * and its certificate is issued in the same transaction, exactly once even when requests race.
 */
package com.atiende.assessment.completion;
