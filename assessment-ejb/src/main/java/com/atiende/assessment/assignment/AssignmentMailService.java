package com.atiende.assessment.assignment;

import com.atiende.domain.enrolment.CourseAssignment.Outcome;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.mail.MailText;
import com.atiende.infrastructure.mail.SmtpMail;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tells the people an order enrolled, or gave a new date, by e-mail, in their language. It runs after the order has
 * committed and apart from it (an order for a whole organisation must not wait for a thousand e-mails), one message
 * at a time; a message that fails is logged and not retried, as recertification's: the person still finds the
 * course and its date in "Mi aprendizaje", and HR sees where each stands. Without an SMTP server nothing is sent.
 */
@Stateless
public class AssignmentMailService {

    private static final Logger LOG = Logger.getLogger(AssignmentMailService.class.getName());

    @Inject
    private SmtpMail mail;

    @Inject
    private Settings settings;

    @Asynchronous
    public void tell(List<AssignmentNotice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        if (!mail.isConfigured()) {
            LOG.info(() -> "No SMTP server (ATIENDE_SMTP_HOST): " + notices.size()
                    + " people assigned a course were not told by e-mail");
            return;
        }
        int failed = 0;
        for (AssignmentNotice notice : notices) {
            MailText text = new MailText("com.atiende.assessment.assignment.mail", notice.language(),
                    AssignmentMailService.class.getClassLoader());
            String kind = notice.outcome() == Outcome.ENROLLED ? "enrolled" : "moved";
            Object[] arguments = {notice.name(), notice.courseTitle(), text.day(notice.dueOn()),
                    MailText.learningLink(settings.publicUrl())};
            try {
                mail.send(notice.email(), text.format("subject." + kind, arguments),
                        text.format("body." + kind, arguments));
            } catch (MessagingException e) {
                failed++;
                LOG.warning(() -> "Could not tell " + notice.email() + " about " + notice.courseTitle() + ": " + e);
            }
        }
        if (failed > 0) {
            int total = notices.size();
            int lost = failed;
            LOG.warning(() -> "Assignment e-mails: " + lost + " of " + total + " could not be sent");
        }
    }
}
