package com.atiende.assessment.enrolment;

import com.atiende.assessment.certificate.CertificateSummary;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.enrolment.EnrolmentStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;

/**
 * An enrolment as "Mi aprendizaje" lists it: which course version, how far along, what comes next, by when, and its
 * certificate.
 *
 * @param dueAt       when the course should be completed, or null
 * @param dueState    where it stands against that date when it was read (overdue...), or null when it has none
 * @param completedAt when it was completed, or null
 * @param finalAssessmentPassed whether the final assessment that closes the course is passed; null when the course
 *                    has none
 * @param certificate the certificate of this enrolment, or null until it is completed
 * @param next        where "continue" leads: the role-play under way, else the first lesson or role-play not done
 *                    yet in course order; null when nothing is left
 */
public record EnrolmentProgress(long enrolmentId, String courseCode, int courseVersion, String courseTitle,
                                EnrolmentStatus status, Instant enrolledAt, Instant dueAt, AssignmentState dueState,
                                Instant completedAt,
                                int lessonsRead, int lessonsTotal, int requiredScenariosPassed,
                                int requiredScenariosTotal, Boolean finalAssessmentPassed,
                                CertificateSummary certificate, ItemProgress next)
        implements Serializable {

    /**
     * The order of courses under way: those due by a date first, soonest first (an overdue one before all), then the
     * rest, the most recently started first. What is due comes before what one chose to take.
     */
    public static final Comparator<EnrolmentProgress> SOONEST_DUE_FIRST = Comparator
            .comparing(EnrolmentProgress::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EnrolmentProgress::enrolledAt, Comparator.reverseOrder())
            .thenComparing(EnrolmentProgress::enrolmentId, Comparator.reverseOrder());

    /**
     * Lessons read, required scenarios passed and the final assessment passed, as a share of all of them: 0-100,
     * rounded down, so that 100 means everything is done.
     */
    public int percentDone() {
        int assessment = finalAssessmentPassed == null ? 0 : 1;
        int passed = Boolean.TRUE.equals(finalAssessmentPassed) ? 1 : 0;
        int total = lessonsTotal + requiredScenariosTotal + assessment;
        return total == 0 ? 100 : (lessonsRead + requiredScenariosPassed + passed) * 100 / total;
    }
}
