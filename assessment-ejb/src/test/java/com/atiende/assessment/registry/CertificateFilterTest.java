package com.atiende.assessment.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateFilterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void aPeriodEndingBeforeItBeginsIsReversed() {
        assertThat(new CertificateFilter(null, null, DAY, DAY.minusDays(1)).isPeriodReversed()).isTrue();
    }

    @Test
    void aPeriodOfOneDayOrOpenAtEitherEndIsNot() {
        assertThat(new CertificateFilter(null, null, DAY, DAY).isPeriodReversed()).isFalse();
        assertThat(new CertificateFilter(null, null, DAY, null).isPeriodReversed()).isFalse();
        assertThat(new CertificateFilter(null, null, null, DAY).isPeriodReversed()).isFalse();
        assertThat(CertificateFilter.NONE.isPeriodReversed()).isFalse();
    }
}
