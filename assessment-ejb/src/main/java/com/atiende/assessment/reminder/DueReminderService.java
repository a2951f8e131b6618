package com.atiende.assessment.reminder;

import com.atiende.domain.enrolment.DueReminder;
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
 * One run of due-date reminders: finds the enrolments that call for one, claims each in a transaction of its own (so
 * a run racing on another instance finds it claimed), and tells the learner by e-mail after the claim committed,
 * recording the outcome. As recertification's, a message that fails is logged and recorded, not retried.
 * {@link DueReminderJob} starts one every hour.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DueReminderService {

    private static final Logger LOG = Logger.getLogger(DueReminderService.class.getName());

    /** Which instance claimed a reminder, for whoever reads the table: the JVM's "pid@host". */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @EJB
    private RetryingTransactions transactions;

    @Inject
    private DueReminderClaims claims;

    @Inject
    private SmtpMail mail;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    public ReminderRun run() {
        Instant now = clock.instant();
        Duration leadTime = settings.reminderLeadTime();
        List<Long> calling = transactions.run(() -> claims.calling(now, leadTime));
        int claimed = 0;
        int notified = 0;
        for (long enrolmentId : calling) {
            Optional<ReminderNotice> notice = transactions.run(() -> claims.claim(enrolmentId, now, leadTime, INSTANCE));
            if (notice.isEmpty()) {
                continue;
            }
            claimed++;
            DueReminder.Notification result = tell(notice.get());
            if (result == DueReminder.Notification.SENT) {
                notified++;
            }
            transactions.run(() -> {
                claims.notified(notice.get().reminderId(), result, clock.instant());
                return null;
            });
        }
        if (claimed > 0) {
            int total = claimed;
            int told = notified;
            LOG.info(() -> "Due-date reminders: " + total + " claimed, " + told + " told by e-mail");
        }
        return new ReminderRun(calling.size(), claimed, notified);
    }

    private DueReminder.Notification tell(ReminderNotice notice) {
        if (!mail.isConfigured()) {
            return DueReminder.Notification.NOT_CONFIGURED;
        }
        MailText text = new MailText("com.atiende.assessment.assignment.mail", notice.language(),
                DueReminderService.class.getClassLoader());
        String kind = notice.kind() == DueReminder.Kind.OVERDUE ? "overdue" : "dueSoon";
        Object[] arguments = {notice.name(), notice.courseTitle(), text.day(notice.dueAt(), settings.timezone()),
                MailText.learningLink(settings.publicUrl())};
        try {
            mail.send(notice.email(), text.format("subject." + kind, arguments), text.format("body." + kind, arguments));
            return DueReminder.Notification.SENT;
        } catch (MessagingException e) {
            LOG.warning(() -> "Could not remind " + notice.email() + " of " + notice.courseTitle() + ": " + e);
            return DueReminder.Notification.FAILED;
        }
    }
}
