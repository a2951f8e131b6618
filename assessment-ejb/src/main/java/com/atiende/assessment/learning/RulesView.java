package com.atiende.assessment.learning;

import java.io.Serializable;
import java.util.List;

/** A course version's pass rules, ready to be said in plain words. */
public record RulesView(int passMark, List<Floor> floors, int attemptsAllowed, boolean keepBest, int cooldownMinutes,
                        int attemptExpiryDays, int certificateValidityMonths) implements Serializable {

    public RulesView {
        floors = List.copyOf(floors);
    }

    public boolean isAttemptsUnlimited() {
        return attemptsAllowed == 0;
    }

    /** A minimum score in one competency, with the competency's name in both languages. */
    public record Floor(String code, String nameEs, String nameEn, int minimum) implements Serializable {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameEs;
        }
    }
}
