package com.atiende.assessment.learning;

import com.atiende.domain.competency.Competency;
import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.PassRules;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A course version's pass rules, ready to be said in plain words.
 *
 * @param finalAssessment the rules of the final assessment that closes the course, or null when it has none
 */
public record RulesView(int passMark, List<Floor> floors, int attemptsAllowed, boolean keepBest, int cooldownMinutes,
                        int attemptExpiryDays, int certificateValidityMonths, AssessmentRules finalAssessment)
        implements Serializable {

    public RulesView {
        floors = List.copyOf(floors);
    }

    /** The rules of a course version; {@code competencies} names the competencies its floors are on. */
    public static RulesView of(Course course, Function<String, Optional<Competency>> competencies) {
        PassRules rules = course.getPassRules();
        List<Floor> floors = rules.getFloors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(floor -> {
                    Competency competency = competencies.apply(floor.getKey()).orElse(null);
                    return new Floor(floor.getKey(), competency == null ? floor.getKey() : competency.getNameEs(),
                            competency == null ? floor.getKey() : competency.getNameEn(), floor.getValue());
                })
                .toList();
        return new RulesView(rules.getPassMark(), floors, rules.getAttemptsAllowed(),
                rules.getAttemptKept() == AttemptKept.BEST, rules.getCooldownMinutes(), rules.getAttemptExpiryDays(),
                course.getCertificateValidityMonths(), course.finalAssessment()
                        .map(assessment -> new AssessmentRules(assessment.getQuestionsPerAttempt(),
                                assessment.getPassMark(), assessment.getAttemptsAllowed(),
                                assessment.getCooldown().toMinutes()))
                        .orElse(null));
    }

    public boolean isAttemptsUnlimited() {
        return attemptsAllowed == 0;
    }

    /**
     * The final assessment's rules.
     *
     * @param attemptsAllowed 0 for unlimited
     */
    public record AssessmentRules(int questions, int passMark, int attemptsAllowed, long cooldownMinutes)
            implements Serializable {
    }

    /** A minimum score in one competency, with the competency's name in both languages. */
    public record Floor(String code, String nameEs, String nameEn, int minimum) implements Serializable {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameEs;
        }
    }
}
