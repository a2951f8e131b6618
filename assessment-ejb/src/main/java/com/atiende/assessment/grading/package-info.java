/**
 * The explained result of a graded attempt, as the learner reads it: the score per competency against the course's
 * weights and floors, every reason it failed, the strongest and weakest competency with advice, the ending reached
 * and the feedback on each reply in order. The grading itself happens in the domain, by the attempt.
 */
package com.atiende.assessment.grading;
