package com.atiende.assessment.reminder;

import com.atiende.assessment.notification.ClaimedNotification;
import com.atiende.assessment.notification.Notice;
import com.atiende.domain.enrolment.DueReminder;
import com.atiende.domain.enrolment.DueReminderRepository;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.notification.NoticeDelivery;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.mail.MailText;
import com.atiende.infrastructure.persistence.jpa.DueReminderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Due-date reminders as a claimed notification: an enrolment that calls for a reminder ({@link DueReminder#calledFor})
 * is claimed under the lock of its row, the claim's unique key (enrolment, kind, due date) standing behind the lock,
 * and its learner told that the course is due soon or overdue.
 */
@ApplicationScoped
public class DueReminderNotification implements ClaimedNotification {

    private static final String MAIL = "com.atiende.assessment.assignment.mail";

    private EnrolmentRepository enrolments;
    private DueReminderRepository claims;
    private DueReminderQueries queries;
    private Settings settings;

    /** For CDI's proxy. */
    protected DueReminderNotification() {
    }

    @Inject
    public DueReminderNotification(EnrolmentRepository enrolments, DueReminderRepository claims,
                                   DueReminderQueries queries, Settings settings) {
        this.enrolments = enrolments;
        this.claims = claims;
        this.queries = queries;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "Due-date reminders";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> due(Instant now, int limit) {
        return queries.calling(now, settings.reminderLeadTime(), limit);
    }

    /**
     * Claims the enrolment's reminder if it still calls for one nobody claimed; nothing when the course was completed,
     * the date moved out of reach or the learner was deactivated since the list was read.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notice> claim(long enrolmentId, Instant now, String claimedBy) {
        Optional<Enrolment> locked = enrolments.lock(enrolmentId);
        if (locked.isEmpty() || !locked.get().getLearner().isActive()) {
            return Optional.empty();
        }
        Enrolment enrolment = locked.get();
        Optional<DueReminder.Kind> kind = DueReminder.calledFor(enrolment, now, settings.reminderLeadTime());
        if (kind.isEmpty() || claims.isClaimed(enrolment, kind.get())) {
            return Optional.empty();
        }
        DueReminder reminder = new DueReminder(enrolment, kind.get(), now, claimedBy);
        claims.store(reminder);
        return Optional.of(notice(reminder.getId(), enrolment, kind.get()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long reminderId, NoticeDelivery delivery, Instant at) {
        claims.get(reminderId).notified(delivery, at);
    }

    private Notice notice(long reminderId, Enrolment enrolment, DueReminder.Kind kind) {
        Learner learner = enrolment.getLearner();
        MailText text = new MailText(MAIL, MailText.language(learner.getPreferredLanguage()),
                DueReminderNotification.class.getClassLoader());
        String key = kind == DueReminder.Kind.OVERDUE ? "overdue" : "dueSoon";
        String title = enrolment.getCourse().getTitle();
        Object[] arguments = {learner.getDisplayName(), title, text.day(enrolment.getDueAt(), settings.timezone()),
                MailText.learningLink(settings.publicUrl())};
        return new Notice(reminderId, learner.getEmail(), text.format("subject." + key, arguments),
                text.format("body." + key, arguments),
                "about " + title + (kind == DueReminder.Kind.OVERDUE ? " being overdue" : " being due soon"));
    }
}
