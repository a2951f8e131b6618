package com.atiende.domain.attempt;

import com.atiende.domain.course.Scoring;
import java.math.BigDecimal;

/**
 * Scores are stored as whole tenths in INTEGER columns: exact, portable, and the one decimal that
 * {@link Scoring#SCALE} keeps.
 */
public final class Tenths {

    private Tenths() {
    }

    public static int of(BigDecimal score) {
        return score.setScale(Scoring.SCALE).unscaledValue().intValueExact();
    }

    public static BigDecimal toScore(int tenths) {
        return BigDecimal.valueOf(tenths, Scoring.SCALE);
    }
}
