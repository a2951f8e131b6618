package com.atiende.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows an instant as a moment, to the second, in the visitor's language and the organisation's time zone, whose
 * abbreviation it names ("24 nov 2026, 0:27:58 CET"): what the audit log records, read by people who think in their
 * office's time, not in UTC.
 */
@FacesConverter("atiende.DateTime")
public class DateTimeConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("moments are shown, never typed, through this converter");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return format(value, context.getViewRoot().getLocale(), DateConverter.ZONE);
    }

    static String format(Instant value, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.LONG)
                .withLocale(locale)
                .format(value.atZone(zone));
    }
}
