/**
 * The final assessment that closes a course, for the learner signed in: opening it, starting or resuming an
 * attempt, submitting the answers, and the result with feedback on every question.
 */
package com.atiende.assessment.finalassessment;
