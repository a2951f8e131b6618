package com.atiende.domain.course;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A question of a final assessment's bank, with its options in the author's order (the learner sees them shuffled)
 * and the lesson whose idea it checks, if the author named one. Its code is stable within the course version, so
 * answers and item analysis refer to it.
 */
@Entity
@Cacheable
@Table(name = "assessment_question")
public class AssessmentQuestion {

    @Id
    @SequenceGenerator(name = "assessment_question_seq", sequenceName = "assessment_question_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_question_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private FinalAssessment assessment;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "lesson_code", length = 64)
    private String lessonCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "question", nullable = false, length = 4000)
    private String question;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "sort_order")
    private List<SelfCheckOption> options = new ArrayList<>();

    protected AssessmentQuestion() {
        // for JPA
    }

    /** Builds a question; the assessment built with it becomes its owner. */
    public AssessmentQuestion(String code, String lessonCode, String question, List<SelfCheckOption> options) {
        this.code = Objects.requireNonNull(code, "code");
        this.lessonCode = lessonCode;
        this.question = Objects.requireNonNull(question, "question");
        this.options = new ArrayList<>(options);
        if (this.options.stream().filter(SelfCheckOption::isCorrect).count() != 1) {
            throw new IllegalArgumentException("question '" + code + "' needs exactly one correct option");
        }
    }

    void attach(FinalAssessment owner, int position) {
        this.assessment = owner;
        this.sortOrder = position;
    }

    /** Whether the option at this index of the author's order is the right one. */
    public boolean isCorrect(int optionIndex) {
        return optionIndex >= 0 && optionIndex < options.size() && options.get(optionIndex).isCorrect();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The lesson whose idea the question checks, or null. */
    public String getLessonCode() {
        return lessonCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getQuestion() {
        return question;
    }

    /** The options in the author's order; the learner sees them in the order their attempt stored. */
    public List<SelfCheckOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
