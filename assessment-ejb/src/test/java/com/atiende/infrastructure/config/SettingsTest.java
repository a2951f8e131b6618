package com.atiende.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void givesTheDocumentedDefaultsWhenNothingIsSet() {
        Settings settings = Settings.of(Map.of());

        assertThat(settings.timezone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(settings.publicUrl()).isEqualTo("http://localhost:8080/");
        assertThat(settings.issuerName()).isEqualTo("Atiende");
        assertThat(settings.recertifyLeadTime()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.reminderLeadTime()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.adminEmail()).isEqualTo("admin@atiende.local");
        assertThat(settings.adminPassword()).isEmpty();
        assertThat(settings.demo()).isFalse();
        assertThat(settings.secureCookies()).isFalse();
        assertThat(settings.verifyRateLimit()).isEqualTo(30);
        assertThat(settings.trustedProxies()).isEmpty();
        assertThat(settings.smtp()).isEqualTo(new Settings.Smtp(Optional.empty(), 25, "atiende@localhost",
                Optional.empty(), Optional.empty(), false));
    }

    @Test
    void readsWhatIsSetAndTreatsBlankAsUnset() {
        Settings settings = Settings.of(Map.of(
                "atiende.timezone", "Atlantic/Canary",
                "atiende.public.url", "https://formacion.example.es",
                "atiende.reminder.days", " 3 ",
                "atiende.admin.password", "   ",
                "atiende.demo", "TRUE",
                "atiende.trusted.proxies", "10.0.0.5, ,10.0.0.6",
                "atiende.smtp.host", "smtp.example.es",
                "atiende.smtp.user", ""));

        assertThat(settings.timezone()).isEqualTo(ZoneId.of("Atlantic/Canary"));
        assertThat(settings.publicUrl()).isEqualTo("https://formacion.example.es/");
        assertThat(settings.reminderLeadTime()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.adminPassword()).isEmpty();
        assertThat(settings.demo()).isTrue();
        assertThat(settings.trustedProxies()).containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
        assertThat(settings.smtp().host()).contains("smtp.example.es");
        assertThat(settings.smtp().user()).isEmpty();
    }

    @Test
    void hasNoSmtpServerWhenItsHostIsBlank() {
        assertThat(Settings.of(Map.of("atiende.smtp.host", " ")).smtp().host()).isEmpty();
    }

    @Test
    void refusesAValueThatIsNoValueNamingTheKey() {
        assertThatThrownBy(() -> Settings.of(Map.of("atiende.timezone", "Mars/Olympus")))
                .hasMessage("Setting atiende.timezone is 'Mars/Olympus': expected a time zone of the IANA database, such as Europe/Madrid");
        assertThatThrownBy(() -> Settings.of(Map.of("atiende.recertify.days", "thirty")))
                .hasMessage("Setting atiende.recertify.days is 'thirty': expected a whole number");
        assertThatThrownBy(() -> Settings.of(Map.of("atiende.reminder.days", "-1")))
                .hasMessage("Setting atiende.reminder.days is '-1': expected a number of days from 0 to 3650");
        assertThatThrownBy(() -> Settings.of(Map.of("atiende.demo", "yes")))
                .hasMessage("Setting atiende.demo is 'yes': expected true or false");
        assertThatThrownBy(() -> Settings.of(Map.of("atiende.smtp.port", "70000")))
                .hasMessage("Setting atiende.smtp.port is '70000': expected a port from 1 to 65535");
    }
}
