package com.atiende.web.common;

import com.atiende.infrastructure.config.Settings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Shows an instant in the visitor's language and the organisation's time zone (ATIENDE_TIMEZONE, Europe/Madrid by
 * default); subclasses say how much of it. Instants are shown, never typed, through these converters.
 */
abstract class InstantConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("instants are shown, never typed, through this converter");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale(), Organisation.ZONE);
    }

    abstract String format(Instant value, Locale locale, ZoneId zone);

    /** The organisation's time zone, looked up when first needed (not by a converter's tests): converters are not beans. */
    private static final class Organisation {

        static final ZoneId ZONE = CDI.current().select(Settings.class).get().timezone();
    }
}
