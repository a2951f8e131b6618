package com.atiende.assessment.recertification;

import com.atiende.assessment.notification.ClaimedNotification;
import com.atiende.assessment.notification.Notice;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.certificate.CertificateRepository;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.enrolment.EnrolmentRepository;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.notification.NoticeDelivery;
import com.atiende.domain.recertification.Recertification;
import com.atiende.domain.recertification.RecertificationRepository;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.mail.MailText;
import com.atiende.infrastructure.persistence.jpa.RecertificationQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recertification as a claimed notification: a certificate expiring within ATIENDE_RECERTIFY_DAYS is claimed under
 * the lock of its row (the claim's primary key, the certificate's id, stands behind the lock), its holder enrolled
 * again in the course's published version (or left in the enrolment they have open) with the expiry as due date,
 * and told so.
 */
@ApplicationScoped
public class RecertificationNotification implements ClaimedNotification {

    private static final String MAIL = "com.atiende.assessment.recertification.mail";

    private CertificateRepository certificates;
    private EnrolmentRepository enrolments;
    private CourseRepository courses;
    private RecertificationRepository claims;
    private RecertificationQueries queries;
    private Settings settings;

    /** For CDI's proxy. */
    protected RecertificationNotification() {
    }

    @Inject
    public RecertificationNotification(CertificateRepository certificates, EnrolmentRepository enrolments,
                                       CourseRepository courses, RecertificationRepository claims,
                                       RecertificationQueries queries, Settings settings) {
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.courses = courses;
        this.claims = claims;
        this.queries = queries;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "Recertification";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> due(Instant now, int limit) {
        return queries.due(now.plus(settings.recertifyLeadTime()), limit);
    }

    /**
     * Claims the certificate if it is still due, still its holder's latest of the course, and nobody claimed it. A
     * course no longer published is claimed too, with nothing to tell, so that no run looks at it again.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notice> claim(long certificateId, Instant now, String claimedBy) {
        Duration leadTime = settings.recertifyLeadTime();
        Optional<Certificate> locked = certificates.lock(certificateId);
        if (locked.isEmpty() || claims.isClaimed(certificateId)
                || !Recertification.isDue(locked.get(), now, leadTime)) {
            return Optional.empty();
        }
        Certificate certificate = locked.get();
        Learner learner = certificate.getLearner();
        String courseCode = certificate.getCourse().getCode();
        if (!certificates.findLatest(learner.getId(), courseCode).map(Certificate::getId).orElse(certificateId)
                .equals(certificateId)) {
            return Optional.empty();
        }
        Optional<Enrolment> open = enrolments.findActive(learner.getId(), courseCode);
        Optional<Course> published = open.map(Enrolment::getCourse).or(() -> courses.findPublished(courseCode));
        if (published.isEmpty()) {
            claims.store(new Recertification(certificateId, now, claimedBy, Recertification.Outcome.NOT_PUBLISHED,
                    null));
            return Optional.empty();
        }
        Enrolment enrolment = open.orElseGet(() -> {
            Instant due = certificate.getExpiresAt().isAfter(now) ? certificate.getExpiresAt() : now.plus(leadTime);
            Enrolment created = new Enrolment(learner, published.get(), now, due);
            enrolments.store(created);
            return created;
        });
        claims.store(new Recertification(certificateId, now, claimedBy,
                open.isPresent() ? Recertification.Outcome.ALREADY_ENROLLED : Recertification.Outcome.RE_ENROLLED,
                enrolment.getId()));
        return Optional.of(notice(certificateId, learner, published.get(), certificate.getExpiresAt()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long certificateId, NoticeDelivery delivery, Instant at) {
        claims.get(certificateId).notified(delivery, at);
    }

    private Notice notice(long certificateId, Learner learner, Course course, Instant expiresAt) {
        MailText text = new MailText(MAIL, MailText.language(learner.getPreferredLanguage()),
                RecertificationNotification.class.getClassLoader());
        Object[] arguments = {learner.getDisplayName(), course.getTitle(), text.day(expiresAt, settings.timezone()),
                Integer.toString(course.getVersion()), MailText.learningLink(settings.publicUrl())};
        return new Notice(certificateId, learner.getEmail(), text.format("subject", arguments),
                text.format("body", arguments), "about recertification in " + course.getTitle());
    }
}
