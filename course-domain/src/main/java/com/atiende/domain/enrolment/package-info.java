/**
 * Enrolments: a learner's commitment to one published version of a course, the lessons they have read in it and
 * the rule that decides when it is complete. Attempts and certificates belong to an enrolment, so a course can be
 * taken again (after a certificate expires) without mixing the old records with the new ones.
 */
package com.atiende.domain.enrolment;
