package com.atiende.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Shows an instant as a date in the visitor's language and the organisation's time zone (ATIENDE_TIMEZONE,
 * Europe/Madrid by default): due dates and certificate dates are days, not moments.
 */
@FacesConverter("atiende.Date")
public class DateConverter implements Converter<Instant> {

    /** The organisation's time zone, in which dates and times are shown. */
    static final ZoneId ZONE = ZoneId.of(ConfigProvider.getConfig()
            .getOptionalValue("atiende.timezone", String.class).orElse("Europe/Madrid"));

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("dates are shown, never typed, through this converter");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(context.getViewRoot().getLocale())
                .format(value.atZone(ZONE));
    }
}
