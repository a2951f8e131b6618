/** Reading inside an enrolment: lessons of the enrolled course version and its pass rules. */
package com.atiende.assessment.learning;
