package com.atiende.domain.course;


import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a course: its descriptor, its lessons and scenarios in the order the learner sees them, and the
 * rules for passing it. A version is assembled as a {@link CourseStatus#DRAFT}, then published, after which its
 * content never changes (attempts and certificates point at it); a changed course is a new version, and publishing
 * it archives the old one.
 */
@Entity
@Cacheable
@Table(name = "course",
        uniqueConstraints = @UniqueConstraint(name = "uq_course_code_version", columnNames = {"code", "version"}))
@NamedQuery(name = "Course.findPublished",
        query = "SELECT c FROM Course c WHERE c.status = com.atiende.domain.course.CourseStatus.PUBLISHED"
                + " ORDER BY c.catalogueOrder, c.code")
@NamedQuery(name = "Course.findPublishedByCode",
        query = "SELECT c FROM Course c WHERE c.code = :code"
                + " AND c.status = com.atiende.domain.course.CourseStatus.PUBLISHED")
@NamedQuery(name = "Course.findLatestByCode",
        query = "SELECT c FROM Course c WHERE c.code = :code"
                + " AND c.version = (SELECT MAX(v.version) FROM Course v WHERE v.code = :code)")
@NamedQuery(name = "Course.findByCodeAndVersion",
        query = "SELECT c FROM Course c WHERE c.code = :code AND c.version = :version")
public class Course {

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "summary", nullable = false, length = 4000)
    private String summary;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "catalogue_order", nullable = false)
    private int catalogueOrder;

    /** SHA-256 (hex) of the course's content files: tells whether a re-read course differs from this version. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Embedded
    private PassRules passRules;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_weight", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "competency_code", length = 64)
    @Column(name = "weight", nullable = false)
    private Map<String, Integer> weights = new HashMap<>();

    @Column(name = "certificate_validity_months", nullable = false)
    private int certificateValidityMonths;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Scenario> scenarios = new ArrayList<>();

    /** None or one (the validator allows one): a list so that JPA can leave it unread until it is asked for. */
    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FinalAssessment> finalAssessments = new ArrayList<>();

    protected Course() {
        // for JPA
    }

    /**
     * Starts a draft version; lessons and scenarios are added with {@link #addLesson} and {@link #addScenario}.
     *
     * @param weights weight of each competency in the overall score, as positive integers
     */
    public Course(String code, int version, String title, String summary, String language, int catalogueOrder,
                  String contentHash, PassRules passRules, Map<String, Integer> weights,
                  int certificateValidityMonths) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, not " + version);
        }
        this.code = Objects.requireNonNull(code, "code");
        this.version = version;
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.language = Objects.requireNonNull(language, "language");
        this.catalogueOrder = catalogueOrder;
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.passRules = Objects.requireNonNull(passRules, "passRules");
        this.weights = new HashMap<>(weights);
        this.certificateValidityMonths = certificateValidityMonths;
        this.status = CourseStatus.DRAFT;
    }

    /** Adds a lesson built for this course; only a draft can change. */
    public void addLesson(Lesson lesson) {
        acceptItem(lesson);
        lessons.add(lesson);
    }

    /** Adds a scenario built for this course; only a draft can change. */
    public void addScenario(Scenario scenario) {
        acceptItem(scenario);
        scenarios.add(scenario);
    }

    /** Adds the final assessment built for this course; only a draft can change, and a course has one at most. */
    public void addFinalAssessment(FinalAssessment assessment) {
        acceptItem(assessment);
        if (!finalAssessments.isEmpty()) {
            throw new IllegalArgumentException("course '" + code + "' already has a final assessment");
        }
        finalAssessments.add(assessment);
    }

    private void acceptItem(CourseItem item) {
        requireStatus(CourseStatus.DRAFT, "add items to");
        if (item.getCourse() != this) {
            throw new IllegalArgumentException(item.getKind() + " '" + item.getCode()
                    + "' was built for another course");
        }
        for (CourseItem existing : getItems()) {
            if (existing.getCode().equals(item.getCode()) || existing.getSortOrder() == item.getSortOrder()) {
                throw new IllegalArgumentException("course '" + code + "' already has an item with code '"
                        + item.getCode() + "' or position " + item.getSortOrder());
            }
        }
    }

    /** Makes this draft the version learners see. A course needs at least one item to be published. */
    public void publish(Instant at) {
        requireStatus(CourseStatus.DRAFT, "publish");
        if (lessons.isEmpty() && scenarios.isEmpty() && finalAssessments.isEmpty()) {
            throw new IllegalStateException("course '" + code + "' v" + version + " has no items to publish");
        }
        this.status = CourseStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(at, "at");
    }

    /** Withdraws a published version, typically because a newer one replaces it. */
    public void archive() {
        requireStatus(CourseStatus.PUBLISHED, "archive");
        this.status = CourseStatus.ARCHIVED;
    }

    private void requireStatus(CourseStatus required, String action) {
        if (status != required) {
            throw new IllegalStateException("cannot " + action + " course '" + code + "' v" + version
                    + ": it is " + status + ", not " + required);
        }
    }

    /** Lessons, scenarios and the final assessment together, in the order the learner sees them. */
    public List<CourseItem> getItems() {
        List<CourseItem> items = new ArrayList<>(lessons.size() + scenarios.size() + 1);
        items.addAll(lessons);
        items.addAll(scenarios);
        items.addAll(finalAssessments);
        items.sort(Comparator.comparingInt(CourseItem::getSortOrder));
        return Collections.unmodifiableList(items);
    }

    /** The test that closes the course, if it has one. */
    public Optional<FinalAssessment> finalAssessment() {
        return finalAssessments.stream().findFirst();
    }

    public Optional<Lesson> lesson(String lessonCode) {
        return lessons.stream().filter(lesson -> lesson.getCode().equals(lessonCode)).findFirst();
    }

    public Optional<Scenario> scenario(String scenarioCode) {
        return scenarios.stream().filter(scenario -> scenario.getCode().equals(scenarioCode)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLanguage() {
        return language;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public int getCatalogueOrder() {
        return catalogueOrder;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public PassRules getPassRules() {
        return passRules;
    }

    /** Weight of each competency in the overall score (positive integers, not normalised). */
    public Map<String, Integer> getWeights() {
        return Collections.unmodifiableMap(weights);
    }

    /** Minimum score per competency; the same as {@code getPassRules().getFloors()}. */
    public Map<String, Integer> getFloors() {
        return passRules.getFloors();
    }

    public int getCertificateValidityMonths() {
        return certificateValidityMonths;
    }

    public List<Lesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }

    public List<Scenario> getScenarios() {
        return Collections.unmodifiableList(scenarios);
    }
}
