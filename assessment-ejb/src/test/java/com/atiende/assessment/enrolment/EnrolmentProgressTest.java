package com.atiende.assessment.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.enrolment.EnrolmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How courses under way are ordered, and how far along one is. */
class EnrolmentProgressTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void coursesDueByADateComeFirstSoonestFirstThenTheMostRecentlyStarted() {
        EnrolmentProgress chosenLongAgo = progress(1, MONDAY.minusSeconds(86_400 * 30), null, 0);
        EnrolmentProgress chosenToday = progress(2, MONDAY, null, 0);
        EnrolmentProgress dueLater = progress(3, MONDAY, MONDAY.plusSeconds(86_400 * 60), 0);
        EnrolmentProgress overdue = progress(4, MONDAY.minusSeconds(86_400 * 90), MONDAY.minusSeconds(86_400), 0);
        EnrolmentProgress dueSoon = progress(5, MONDAY.minusSeconds(86_400 * 2), MONDAY.plusSeconds(86_400 * 7), 0);

        List<Long> ordered = Stream.of(chosenLongAgo, chosenToday, dueLater, overdue, dueSoon)
                .sorted(EnrolmentProgress.SOONEST_DUE_FIRST).map(EnrolmentProgress::enrolmentId).toList();

        assertThat(ordered).containsExactly(4L, 5L, 3L, 2L, 1L);
    }

    @Test
    void isDoneInFullOnlyWhenEverythingIsDone() {
        assertThat(progress(1, MONDAY, null, 3).percentDone()).as("3 of 4 lessons, no role-play passed").isEqualTo(50);
        assertThat(progress(1, MONDAY, null, 4).percentDone()).isEqualTo(66);
    }

    /** An enrolment in a course of four lessons and two required role-plays, with {@code read} lessons read. */
    private static EnrolmentProgress progress(long id, Instant enrolledAt, Instant dueAt, int read) {
        return new EnrolmentProgress(id, "curso", 1, "Curso", EnrolmentStatus.ACTIVE, enrolledAt, dueAt, null, null,
                read, 4, 0, 2, null, null, null);
    }
}
