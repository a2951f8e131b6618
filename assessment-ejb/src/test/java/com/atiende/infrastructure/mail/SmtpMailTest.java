package com.atiende.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atiende.infrastructure.config.Settings;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mail reaches the configured SMTP server (GreenMail on loopback), in UTF-8; without a server nothing is sent. */
class SmtpMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void deliversPlainTextInUtf8ToTheConfiguredServer() throws Exception {
        SmtpMail mail = mail(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort());

        mail.send("lucia@example.es", "Renueva tu certificado: Escuchar y empatizar", "Hola, Lucía:\nañade ñ y ü");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Renueva tu certificado: Escuchar y empatizar");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("formacion@example.es");
        assertThat(received[0].getContent().toString()).contains("Hola, Lucía:", "añade ñ y ü");
    }

    @Test
    void saysWhetherAServerIsConfigured() {
        assertThat(mail(Optional.of("127.0.0.1"), 25).isConfigured()).isTrue();
        assertThat(mail(Optional.empty(), 25).isConfigured()).isFalse();
        assertThatThrownBy(() -> mail(Optional.empty(), 25).send("a@example.es", "s", "t"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failsWhenTheServerCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMail mail = mail(Optional.of("127.0.0.1"), closedPort);

        assertThatThrownBy(() -> mail.send("a@example.es", "s", "t")).isInstanceOf(MessagingException.class);
    }

    private static SmtpMail mail(Optional<String> host, int port) {
        return new SmtpMail(new Settings.Smtp(host, port, "formacion@example.es", Optional.empty(), Optional.empty(), false));
    }
}
