/**
 * Enrolling in a course, marking lessons read and reading progress ("Mi aprendizaje"). Also the exceptions every
 * service of the assessment layer throws to its callers: each carries a message key and arguments for the
 * caller's resource bundle, and rolls the transaction back.
 */
package com.atiende.assessment.enrolment;
