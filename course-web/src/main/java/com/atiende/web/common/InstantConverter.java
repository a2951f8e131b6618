package com.atiende.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

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

    /** The organisation's time zone, read from the configuration when first needed (not by a converter's tests). */
    private static final class Organisation {

        static final ZoneId ZONE = ZoneId.of(ConfigProvider.getConfig()
                .getOptionalValue("atiende.timezone", String.class).orElse("Europe/Madrid"));
    }
}
