package com.atiende.assessment.notification;

import com.atiende.domain.notification.NoticeDelivery;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One run of a kind of notification: finds what is due, claims each thing in a transaction of its own (a run racing
 * on another instance finds it claimed, and a lost race is run again by {@link RetryingTransactions}), sends the
 * message only after the claim committed, and records the outcome. A message that fails is logged and recorded as
 * failed, not retried: telling someone twice is worse than once too few.
 *
 * <p>Runs may overlap freely, on one instance or many; {@link NotificationJob} starts them every hour.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationRunService {

    /** How many due things one run takes on; the next run takes the rest. */
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(NotificationRunService.class.getName());

    /** Which instance claimed a thing, for whoever reads the claims: the JVM's "pid@host". */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @EJB
    private RetryingTransactions transactions;

    @Inject
    private SmtpMail mail;

    @Inject
    private Clock clock;

    /** For the container. */
    public NotificationRunService() {
    }

    /** For tests outside the container. */
    NotificationRunService(RetryingTransactions transactions, SmtpMail mail, Clock clock) {
        this.transactions = transactions;
        this.mail = mail;
        this.clock = clock;
    }

    public NotificationRun run(ClaimedNotification kind) {
        Instant now = clock.instant();
        List<Long> due = transactions.run(() -> kind.due(now, BATCH));
        int claimed = 0;
        int sent = 0;
        for (long dueId : due) {
            Optional<Notice> claim = transactions.run(() -> kind.claim(dueId, now, INSTANCE));
            if (claim.isEmpty()) {
                continue;
            }
            claimed++;
            Notice notice = claim.get();
            NoticeDelivery delivery = send(notice);
            if (delivery == NoticeDelivery.SENT) {
                sent++;
            }
            transactions.run(() -> {
                kind.record(notice.claimId(), delivery, clock.instant());
                return null;
            });
        }
        NotificationRun run = new NotificationRun(kind.name(), due.size(), claimed, sent);
        if (claimed > 0) {
            LOG.info(() -> run.kind() + ": " + run.claimed() + " claimed, " + run.sent() + " told by e-mail");
        }
        return run;
    }

    private NoticeDelivery send(Notice notice) {
        if (!mail.isConfigured()) {
            LOG.info(() -> "No SMTP server (ATIENDE_SMTP_HOST): " + notice.email() + " not told " + notice.about());
            return NoticeDelivery.NOT_CONFIGURED;
        }
        try {
            mail.send(notice.email(), notice.subject(), notice.body());
            return NoticeDelivery.SENT;
        } catch (MessagingException e) {
            LOG.warning(() -> "Could not tell " + notice.email() + " " + notice.about() + ": " + e);
            return NoticeDelivery.FAILED;
        }
    }
}
