/** Enrolling in a course, marking lessons read and reading progress ("Mi aprendizaje"). */
package com.atiende.assessment.enrolment;
