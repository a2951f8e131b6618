package com.atiende.web.common;

import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows an instant as a date: due dates and certificate dates are days, not moments. */
@FacesConverter("atiende.Date")
public class DateConverter extends InstantConverter {

    @Override
    String format(Instant value, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(value.atZone(zone));
    }
}
