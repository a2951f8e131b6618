package com.atiende.domain.certificate;

import com.atiende.domain.attempt.AssessmentAnswer;
import com.atiende.domain.attempt.Attempt;
import com.atiende.domain.attempt.FinalAssessmentAttempt;
import com.atiende.domain.attempt.LearningFixture;
import com.atiende.domain.course.QuestionDraw;
import com.atiende.domain.enrolment.Enrolment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CertificateTest {

    private static final Instant ISSUED = Instant.parse("2025-03-31T16:00:00Z");

    private final LearningFixture fixture = LearningFixture.standard();
    private final Enrolment enrolment = fixture.enrol();
    private final Attempt passed = LearningFixture.play(fixture.start(enrolment, ISSUED.minusSeconds(600)),
            ISSUED, "a", "a");

    @Test
    void isIssuedOnlyForACompletedEnrolment() {
        assertThatThrownBy(() -> Certificate.issue(enrolment, enrolment.getLearner(), List.of(passed), "ABCDEFGHJKMN", ISSUED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesTheFinalAssessmentPassedAndItsScore() {
        LearningFixture closed = LearningFixture.withFinalAssessment();
        Enrolment completed = closed.enrol();
        Attempt scenario = LearningFixture.play(closed.start(completed, ISSUED.minusSeconds(600)), ISSUED, "a", "a");
        FinalAssessmentAttempt assessment = new FinalAssessmentAttempt(completed, closed.finalAssessment(), 1,
                QuestionDraw.draw(closed.finalAssessment().candidates(), 2, 1L, Set.of()), ISSUED);
        assessment.submit(assessment.getAnswers().stream()
                .collect(Collectors.toMap(AssessmentAnswer::getQuestionCode, answer -> 0)), ISSUED);
        completed.markLessonRead("escuchar", ISSUED);
        completed.completeIfDone(Set.of("llamada", "final"), ISSUED);

        Certificate certificate = Certificate.issue(completed, completed.getLearner(), List.of(scenario),
                Optional.of(assessment), "ABCDEFGHJKMN", ISSUED);

        assertThat(certificate.getFinalAssessment()).contains(new CertifiedAssessment("Evaluación final", 100));
        assertThat(issue("ABCDEFGHJKMP").getFinalAssessment()).isEmpty();
    }

    @Test
    void recordsLearnerCourseVersionDatesAndCode() {
        Certificate certificate = issue("abcd-efgh-jkmn");

        assertThat(certificate.getLearner()).isSameAs(enrolment.getLearner());
        assertThat(certificate.getCourse()).isSameAs(fixture.course());
        assertThat(certificate.getEnrolment()).isSameAs(enrolment);
        assertThat(certificate.getVerificationCode()).isEqualTo("ABCDEFGHJKMN");
        assertThat(certificate.getIssuedAt()).isEqualTo(ISSUED);
        assertThat(certificate.getExpiresAt()).isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
    }

    @Test
    void namesItsCredentialByARandomIdNotByItsRecordId() {
        Certificate certificate = issue("ABCDEFGHJKMN");
        Enrolment other = fixture.enrol();
        other.markLessonRead("escuchar", ISSUED);
        other.completeIfDone(Set.of("llamada"), ISSUED);
        Certificate another = Certificate.issue(other, other.getLearner(), List.of(), "BCDEFGHJKMNP", ISSUED);

        assertThat(certificate.getCredentialId()).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
                .isNotEqualTo(another.getCredentialId());
        assertThat(Certificate.credentialIdOf(41L, null)).as("issued before credential ids: its record id").isEqualTo("41");
    }

    @ParameterizedTest
    @CsvSource({
            "2025-01-31T10:00:00Z, 1, 2025-02-28T10:00:00Z",
            "2024-02-29T10:00:00Z, 12, 2025-02-28T10:00:00Z",
            "2025-03-31T16:00:00Z, 24, 2027-03-31T16:00:00Z"})
    void expiresAfterTheCourseValidityInCalendarMonths(Instant issuedAt, int months, Instant expiresAt) {
        LearningFixture course = LearningFixture.withCourse(descriptor -> descriptor
                .replace("certificateValidityMonths: 24", "certificateValidityMonths: " + months));
        Enrolment completed = course.enrol();
        Attempt attempt = LearningFixture.play(course.start(completed, issuedAt.minusSeconds(60)), issuedAt,
                "a", "a");
        completed.markLessonRead("escuchar", issuedAt);
        completed.completeIfDone(Set.of("llamada"), issuedAt);

        assertThat(Certificate.issue(completed, completed.getLearner(), List.of(attempt), "ABCDEFGHJKMN", issuedAt).getExpiresAt())
                .isEqualTo(expiresAt);
    }

    @Test
    void snapshotsTheCompetencyScoresOfTheKeptAttempts() {
        Certificate certificate = issue("ABCDEFGHJKMN");

        assertThat(certificate.getScores()).extracting(CertifiedScore::getCompetencyCode,
                score -> score.getScore().toPlainString()).containsExactly(
                tuple("empatia", "100.0"),
                tuple("escucha-activa", "100.0"));
        assertThat(certificate.getOverall()).isEqualByComparingTo("100.0");
    }

    @Test
    void isValidUntilItExpires() {
        Certificate certificate = issue("ABCDEFGHJKMN");

        assertThat(certificate.statusAt(ISSUED)).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusAt(certificate.getExpiresAt().minusSeconds(1))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusAt(certificate.getExpiresAt())).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void aRevokedCertificateStaysRevokedWithItsReason() {
        Certificate certificate = issue("ABCDEFGHJKMN");

        certificate.revoke(" Issued by mistake ", ISSUED.plusSeconds(60));

        assertThat(certificate.statusAt(ISSUED.plusSeconds(120))).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.statusAt(certificate.getExpiresAt().plusSeconds(1)))
                .isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.getRevocationReason()).isEqualTo("Issued by mistake");
        assertThat(certificate.getRevokedAt()).isEqualTo(ISSUED.plusSeconds(60));
        assertThatThrownBy(() -> certificate.revoke("again", ISSUED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevocationNeedsAReason() {
        Certificate certificate = issue("ABCDEFGHJKMN");

        assertThatThrownBy(() -> certificate.revoke(" ", ISSUED)).isInstanceOf(IllegalArgumentException.class);
    }

    private Certificate issue(String code) {
        enrolment.markLessonRead("escuchar", ISSUED);
        enrolment.completeIfDone(Set.of("llamada"), ISSUED);
        return Certificate.issue(enrolment, enrolment.getLearner(), List.of(passed), code, ISSUED);
    }
}
