package com.atiende.assessment.content;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.competency.CompetencyRepository;
import com.atiende.domain.content.ContentCatalog;
import com.atiende.domain.content.ContentReader;
import com.atiende.domain.content.ContentSource;
import com.atiende.domain.content.ContentValidator;
import com.atiende.domain.content.CourseAssembler;
import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.ValidationReport;
import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes content files (the shipped content jar at start-up, later a trainer's zip) into the database, all or
 * nothing. It is idempotent: a course whose files have not changed since its latest version is left alone; a
 * changed course becomes a new published version and the previous one is archived, never edited, so attempts
 * bound to it stay valid.
 */
@Stateless
public class ContentImportService {

    /** The actor recorded for what Atiende does by itself. */
    public static final String SYSTEM = "atiende";

    private final ContentReader reader = new ContentReader();
    private final ContentValidator validator = new ContentValidator();
    private final CourseAssembler assembler = new CourseAssembler();

    @Inject
    private CourseRepository courses;

    @Inject
    private CompetencyRepository competencies;

    @Inject
    private Clock clock;

    @Inject
    private AuditService audit;


    /** Publishes on behalf of the platform itself (the shipped content at start-up). */
    public ImportResult publish(ContentSource source) throws InvalidContentException {
        return publish(SYSTEM, source);
    }

    /**
     * Reads, validates and publishes everything in {@code source}; each new version is audit-logged as published
     * by {@code actor}.
     *
     * @throws InvalidContentException when any file has a problem; then nothing is stored
     */
    public ImportResult publish(String actor, ContentSource source) throws InvalidContentException {
        courses.openForPublishing();
        ContentCatalog catalog = reader.read(source);
        ValidationReport report = validator.validate(catalog);
        if (!report.isValid()) {
            throw new InvalidContentException(report);
        }
        List<String> newCompetencies = new ArrayList<>();
        catalog.competencies().stream()
                .filter(definition -> competencies.find(definition.code()).isEmpty())
                .forEach(definition -> {
                    competencies.store(assembler.assemble(definition));
                    newCompetencies.add(definition.code());
                });
        List<String> published = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Instant now = clock.instant();
        for (int order = 0; order < catalog.courses().size(); order++) {
            CourseDefinition definition = catalog.courses().get(order);
            Optional<Course> latest = courses.findLatest(definition.code());
            if (latest.isPresent() && latest.get().getContentHash().equals(definition.contentHash())) {
                unchanged.add(definition.code() + " v" + latest.get().getVersion());
                continue;
            }
            courses.findPublished(definition.code()).ifPresent(Course::archive);
            int version = latest.map(course -> course.getVersion() + 1).orElse(1);
            courses.store(assembler.assemble(definition, report, version, order, now));
            published.add(definition.code() + " v" + version);
            audit.record(AuditAction.COURSE_PUBLISHED, actor, definition.code(), AuditDetail.number(version), null);
        }
        return new ImportResult(published, unchanged, newCompetencies);
    }
}
