package com.atiende.infrastructure.mail;

import com.atiende.infrastructure.config.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Plain-text mail through the configured SMTP server: ATIENDE_SMTP_HOST (none: no mail is sent, and callers log what
 * they would have said), ATIENDE_SMTP_PORT (25), ATIENDE_SMTP_FROM, and ATIENDE_SMTP_USER / ATIENDE_SMTP_PASSWORD and
 * ATIENDE_SMTP_STARTTLS when the server wants them. Timeouts are short, so that a mail server that hangs cannot hold a
 * job for long.
 */
@Dependent
public class SmtpMail {

    private static final String TIMEOUT_MILLIS = "10000";

    private final Optional<String> host;
    private final int port;
    private final String from;
    private final Optional<String> user;
    private final Optional<String> password;
    private final boolean startTls;

    @Inject
    public SmtpMail(Settings settings) {
        this(settings.smtp());
    }

    /** For code outside the container (tests, tools). */
    public SmtpMail(Settings.Smtp server) {
        this.host = server.host();
        this.port = server.port();
        this.from = server.from();
        this.user = server.user();
        this.password = server.password();
        this.startTls = server.startTls();
    }

    /** Whether an SMTP server is configured at all. */
    public boolean isConfigured() {
        return host.isPresent();
    }

    /**
     * Sends one message.
     *
     * @throws MessagingException when the server cannot be reached or refuses the message
     * @throws IllegalStateException when no server is configured
     */
    public void send(String to, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow(() -> new IllegalStateException("no SMTP server configured")));
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        Session session = Session.getInstance(properties, user.isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
