package com.atiende.web.common;

import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows an instant as a moment, to the second, naming the time zone's abbreviation ("25 nov 2026 0:27:03 CET"): what
 * the audit log records and when an API token expires or was last used, read by people who think in their office's
 * time, not in UTC.
 */
@FacesConverter("atiende.DateTime")
public class DateTimeConverter extends InstantConverter {

    @Override
    String format(Instant value, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.LONG)
                .withLocale(locale)
                .format(value.atZone(zone));
    }
}
