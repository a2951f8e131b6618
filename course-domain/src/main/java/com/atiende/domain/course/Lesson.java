package com.atiende.domain.course;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A lesson of a course: a Markdown text to read, its key takeaways and a short self-check. The body is kept as the
 * author wrote it; rendering (and removing raw HTML) is the web layer's concern. Like its course, a lesson is
 * immutable once built.
 */
@Entity
@Cacheable
@Table(name = "lesson",
        uniqueConstraints = @UniqueConstraint(name = "uq_lesson_course_code", columnNames = {"course_id", "code"}))
public class Lesson implements CourseItem {

    @Id
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "body", nullable = false, length = 100000)
    private String body;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_takeaway", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "takeaway", nullable = false, length = 1000)
    private List<String> takeaways = new ArrayList<>();

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<SelfCheckQuestion> selfCheck = new ArrayList<>();

    protected Lesson() {
        // for JPA
    }

    /**
     * Builds a lesson for the given course; add it with {@link Course#addLesson}.
     *
     * @param sortOrder position among the course's items, from 0
     * @param code      the lesson's file id
     * @param body      the Markdown body, without front matter
     */
    public Lesson(Course course, int sortOrder, String code, String title, int minutes, String body,
                  List<String> takeaways, List<SelfCheckQuestion> selfCheck) {
        this.course = Objects.requireNonNull(course, "course");
        this.sortOrder = sortOrder;
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.minutes = minutes;
        this.body = Objects.requireNonNull(body, "body");
        this.takeaways = new ArrayList<>(takeaways);
        this.selfCheck = new ArrayList<>(selfCheck);
        for (int i = 0; i < this.selfCheck.size(); i++) {
            this.selfCheck.get(i).attach(this, i);
        }
    }

    @Override
    public CourseItemKind getKind() {
        return CourseItemKind.LESSON;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Course getCourse() {
        return course;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public String getTitle() {
        return title;
    }

    /** Estimated reading time. */
    public int getMinutes() {
        return minutes;
    }

    /** The Markdown body as written; render it with raw HTML removed. */
    public String getBody() {
        return body;
    }

    public List<String> getTakeaways() {
        return Collections.unmodifiableList(takeaways);
    }

    public List<SelfCheckQuestion> getSelfCheck() {
        return Collections.unmodifiableList(selfCheck);
    }
}
