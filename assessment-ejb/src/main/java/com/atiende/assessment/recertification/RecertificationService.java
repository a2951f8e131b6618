package com.atiende.assessment.recertification;

import com.atiende.domain.recertification.Recertification;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.mail.MailText;
import com.atiende.infrastructure.mail.SmtpMail;
import com.atiende.infrastructure.persistence.RetryingTransactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One run of recertification: finds the certificates due, claims each in a transaction of its own (so one failure
 * costs one certificate, and a run racing on another instance simply finds the certificate claimed), and tells each
 * learner by e-mail after the claim committed, recording the outcome. A message that fails is logged and recorded as
 * failed, not retried: telling someone twice is worse than once too few, and HR sees who expires soon.
 *
 * <p>Runs may overlap freely, on one instance or many; {@link RecertificationJob} starts one every hour.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecertificationService {

    private static final Logger LOG = Logger.getLogger(RecertificationService.class.getName());

    /** Which instance claimed a certificate, for whoever reads the table: the JVM's "pid@host". */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @EJB
    private RetryingTransactions transactions;

    @Inject
    private RecertificationClaims claims;

    @Inject
    private SmtpMail mail;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    public RecertificationRun run() {
        Instant now = clock.instant();
        Duration leadTime = settings.recertifyLeadTime();
        List<Long> due = transactions.run(() -> claims.due(now, leadTime));
        int claimed = 0;
        int notified = 0;
        for (long certificateId : due) {
            Optional<RecertificationNotice> notice = transactions.run(
                    () -> claims.claim(certificateId, now, leadTime, INSTANCE));
            if (notice.isEmpty()) {
                continue;
            }
            claimed++;
            Recertification.Notification result = tell(notice.get());
            if (result == Recertification.Notification.SENT) {
                notified++;
            }
            transactions.run(() -> {
                claims.notified(certificateId, result, clock.instant());
                return null;
            });
        }
        if (claimed > 0) {
            int total = claimed;
            int told = notified;
            LOG.info(() -> "Recertification: " + total + " certificates claimed, their holders enrolled again; "
                    + told + " told by e-mail");
        }
        return new RecertificationRun(due.size(), claimed, notified);
    }

    private Recertification.Notification tell(RecertificationNotice notice) {
        if (!mail.isConfigured()) {
            LOG.info(() -> "No SMTP server (ATIENDE_SMTP_HOST): " + notice.email() + " was enrolled again in "
                    + notice.courseTitle() + " but not told by e-mail");
            return Recertification.Notification.NOT_CONFIGURED;
        }
        MailText text = new MailText("com.atiende.assessment.recertification.mail", notice.language(),
                RecertificationService.class.getClassLoader());
        Object[] arguments = {notice.name(), notice.courseTitle(), text.day(notice.expiresAt(), settings.timezone()),
                Integer.toString(notice.courseVersion()), MailText.learningLink(settings.publicUrl())};
        try {
            mail.send(notice.email(), text.format("subject", arguments), text.format("body", arguments));
            return Recertification.Notification.SENT;
        } catch (MessagingException e) {
            LOG.warning(() -> "Could not tell " + notice.email() + " about recertification in "
                    + notice.courseTitle() + ": " + e);
            return Recertification.Notification.FAILED;
        }
    }
}
