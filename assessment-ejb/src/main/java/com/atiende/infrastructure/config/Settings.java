package com.atiende.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Every setting of Atiende (README, "Configuration"), read once when first needed and checked then: a value that is
 * no value (a time zone that does not exist, a number of days that is not a number) stops the start-up with the key
 * and the reason, rather than surfacing in the first e-mail of the night. Callers see typed values, never keys.
 *
 * <p>The only exception is the data source, whose {@code @DataSourceDefinition} the server expands before any bean
 * exists ({@code DatabaseMigration}).
 */
@ApplicationScoped
public class Settings {

    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080/";

    private ZoneId timezone;
    private String publicUrl;
    private String issuerName;
    private Duration recertifyLeadTime;
    private Duration reminderLeadTime;
    private String adminEmail;
    private Optional<String> adminPassword;
    private boolean demo;
    private boolean secureCookies;
    private int verifyRateLimit;
    private Set<String> trustedProxies;
    private Smtp smtp;

    /** For CDI's proxy. */
    protected Settings() {
    }

    @Inject
    Settings(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    private Settings(Function<String, Optional<String>> source) {
        Values values = new Values(source);
        timezone = values.read("atiende.timezone", "Europe/Madrid", Settings::zone);
        publicUrl = values.read("atiende.public.url", DEFAULT_PUBLIC_URL, Settings::withTrailingSlash);
        issuerName = values.read("atiende.issuer.name", "Atiende", Function.identity());
        recertifyLeadTime = values.read("atiende.recertify.days", "30", Settings::days);
        reminderLeadTime = values.read("atiende.reminder.days", "7", Settings::days);
        adminEmail = values.read("atiende.admin.email", "admin@atiende.local", Function.identity());
        adminPassword = values.optional("atiende.admin.password");
        demo = values.read("atiende.demo", "false", Settings::bool);
        secureCookies = values.read("atiende.secure.cookies", "false", Settings::bool);
        verifyRateLimit = values.read("atiende.verify.rate.limit", "30", Settings::positive);
        trustedProxies = values.read("atiende.trusted.proxies", "", Settings::addresses);
        smtp = new Smtp(values.optional("atiende.smtp.host"),
                values.read("atiende.smtp.port", "25", Settings::port),
                values.read("atiende.smtp.from", "atiende@localhost", Function.identity()),
                values.optional("atiende.smtp.user"),
                source.apply("atiende.smtp.password"),
                values.read("atiende.smtp.starttls", "false", Settings::bool));
    }

    /** Settings from plain values, keyed as in MicroProfile Config, for code outside the container (tests, tools). */
    public static Settings of(Map<String, String> values) {
        return new Settings(key -> Optional.ofNullable(values.get(key)));
    }

    /** The organisation's time zone (ATIENDE_TIMEZONE): certificate dates and due dates are days there. */
    public ZoneId timezone() {
        return timezone;
    }

    /** The address people use to reach Atiende (ATIENDE_PUBLIC_URL), always ending in a slash. */
    public String publicUrl() {
        return publicUrl;
    }

    /** The organisation named as issuer in Open Badge credentials (ATIENDE_ISSUER_NAME). */
    public String issuerName() {
        return issuerName;
    }

    /** How long before a certificate expires its holder is enrolled again and told (ATIENDE_RECERTIFY_DAYS). */
    public Duration recertifyLeadTime() {
        return recertifyLeadTime;
    }

    /** How long before a course's due date its learner is reminded (ATIENDE_REMINDER_DAYS). */
    public Duration reminderLeadTime() {
        return reminderLeadTime;
    }

    /** The administrator created when no active administrator exists (ATIENDE_ADMIN_EMAIL). */
    public String adminEmail() {
        return adminEmail;
    }

    /** That administrator's password (ATIENDE_ADMIN_PASSWORD); none: a random one, printed once. */
    public Optional<String> adminPassword() {
        return adminPassword;
    }

    /** Whether the demo accounts exist (ATIENDE_DEMO). */
    public boolean demo() {
        return demo;
    }

    /** Whether the session cookie is marked Secure (ATIENDE_SECURE_COOKIES). */
    public boolean secureCookies() {
        return secureCookies;
    }

    /** Certificate verifications per client address in any 60 seconds (ATIENDE_VERIFY_RATE_LIMIT). */
    public int verifyRateLimit() {
        return verifyRateLimit;
    }

    /** Reverse proxies whose X-Forwarded-For names the client (ATIENDE_TRUSTED_PROXIES). */
    public Set<String> trustedProxies() {
        return trustedProxies;
    }

    /** The SMTP server for e-mails to learners (ATIENDE_SMTP_*). */
    public Smtp smtp() {
        return smtp;
    }

    /**
     * The SMTP server: none configured (no host) means no mail is sent and callers log what they would have said.
     *
     * @param host     ATIENDE_SMTP_HOST
     * @param port     ATIENDE_SMTP_PORT (25)
     * @param from     ATIENDE_SMTP_FROM
     * @param user     ATIENDE_SMTP_USER, when the server asks for credentials
     * @param password ATIENDE_SMTP_PASSWORD
     * @param startTls ATIENDE_SMTP_STARTTLS: whether STARTTLS is required
     */
    public record Smtp(Optional<String> host, int port, String from, Optional<String> user, Optional<String> password,
                       boolean startTls) {
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a time zone of the IANA database, such as Europe/Madrid", e);
        }
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static Duration days(String value) {
        long days = Long.parseLong(value.strip());
        if (days < 0 || days > 3650) {
            throw new IllegalArgumentException("a number of days from 0 to 3650");
        }
        return Duration.ofDays(days);
    }

    private static int positive(String value) {
        int number = Integer.parseInt(value.strip());
        if (number < 1) {
            throw new IllegalArgumentException("a whole number of at least 1");
        }
        return number;
    }

    private static int port(String value) {
        int port = Integer.parseInt(value.strip());
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port from 1 to 65535");
        }
        return port;
    }

    private static boolean bool(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }

    private static Set<String> addresses(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Reads values, blank ones as absent, and names the key of one that cannot be read. */
    private record Values(Function<String, Optional<String>> source) {

        Optional<String> optional(String key) {
            return source.apply(key).filter(value -> !value.isBlank());
        }

        <T> T read(String key, String defaultValue, Function<String, T> parse) {
            String value = optional(key).orElse(defaultValue);
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                String expected = e instanceof NumberFormatException ? "a whole number" : e.getMessage();
                throw new IllegalStateException("Setting " + key + " is '" + value + "': expected " + expected);
            }
        }
    }
}
