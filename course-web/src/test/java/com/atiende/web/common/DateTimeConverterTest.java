package com.atiende.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimeConverterTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void showsAMomentInTheOrganisationsTimeZoneToTheSecondNamingTheZone() {
        // 23:27:03 UTC on 24 November is 00:27:03 on the 25th in Madrid (CET, UTC+1).
        Instant moment = Instant.parse("2026-11-24T23:27:03.930658Z");

        assertThat(new DateTimeConverter().format(moment, Locale.forLanguageTag("es"), MADRID))
                .contains("25", "nov", "2026", "0:27:03", "CET").doesNotContain("23:27", ".93");
        assertThat(new DateTimeConverter().format(moment, Locale.ENGLISH, MADRID))
                .contains("Nov 25, 2026", "12:27:03", "CET");
    }
}
