package com.atiende.assessment.grading;

import java.io.Serializable;
import java.math.BigDecimal;

/** The strongest or weakest competency of a result, with a line of advice in both interface languages. */
public record AdviceView(String code, String nameEs, String nameEn, BigDecimal score, String adviceEs,
                         String adviceEn) implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameEs;
    }

    public String advice(String language) {
        return "en".equals(language) ? adviceEn : adviceEs;
    }
}
