package com.atiende.assessment.registry;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which certificates HR is looking at; a null field does not filter.
 *
 * @param courseCode  any version of this course
 * @param department  the holder's department, exactly
 * @param issuedFrom  issued on this day or later (in the organisation's time zone)
 * @param issuedUntil issued on this day or earlier
 */
public record CertificateFilter(String courseCode, String department, LocalDate issuedFrom, LocalDate issuedUntil)
        implements Serializable {

    public static final CertificateFilter NONE = new CertificateFilter(null, null, null, null);

    public CertificateFilter {
        courseCode = blankToNull(courseCode);
        department = blankToNull(department);
    }

    /**
     * Whether the period of issue ends before it begins: no certificate can match it, so it is a mistyped date, to be
     * refused and named rather than answered with an empty register.
     */
    public boolean isPeriodReversed() {
        return issuedFrom != null && issuedUntil != null && issuedFrom.isAfter(issuedUntil);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
