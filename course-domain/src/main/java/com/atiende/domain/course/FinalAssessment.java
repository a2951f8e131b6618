package com.atiende.domain.course;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The test that closes a course: a bank of multiple-choice questions, of which each attempt draws
 * {@link #getQuestionsPerAttempt()} ({@link QuestionDraw}), with its own pass mark, attempts and wait between them.
 * Passing it is part of completing the course. Like its course, it is immutable once built.
 */
@Entity
@Cacheable
@Table(name = "final_assessment")
public class FinalAssessment implements CourseItem {

    @Id
    @SequenceGenerator(name = "final_assessment_seq", sequenceName = "final_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "final_assessment_seq")
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

    @Column(name = "instructions", nullable = false, length = 4000)
    private String instructions;

    @Column(name = "questions_per_attempt", nullable = false)
    private int questionsPerAttempt;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "cooldown_minutes", nullable = false)
    private int cooldownMinutes;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AssessmentQuestion> questions = new ArrayList<>();

    protected FinalAssessment() {
        // for JPA
    }

    /**
     * @param sortOrder       position among the course's items, from 0 (the last, as the validator requires)
     * @param attemptsAllowed 0 for unlimited
     */
    public FinalAssessment(Course course, int sortOrder, String code, String title, String instructions,
                           int questionsPerAttempt, int passMark, int attemptsAllowed, int cooldownMinutes,
                           List<AssessmentQuestion> questions) {
        if (questionsPerAttempt < 1 || questionsPerAttempt > questions.size()) {
            throw new IllegalArgumentException("cannot draw " + questionsPerAttempt + " questions from a bank of "
                    + questions.size());
        }
        this.course = Objects.requireNonNull(course, "course");
        this.sortOrder = sortOrder;
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.instructions = Objects.requireNonNull(instructions, "instructions");
        this.questionsPerAttempt = questionsPerAttempt;
        this.passMark = passMark;
        this.attemptsAllowed = attemptsAllowed;
        this.cooldownMinutes = cooldownMinutes;
        this.questions = new ArrayList<>(questions);
        for (int i = 0; i < this.questions.size(); i++) {
            this.questions.get(i).attach(this, i);
        }
    }

    @Override
    public CourseItemKind getKind() {
        return CourseItemKind.FINAL_ASSESSMENT;
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

    public String getInstructions() {
        return instructions;
    }

    public int getQuestionsPerAttempt() {
        return questionsPerAttempt;
    }

    /** Percentage of right answers needed to pass, 1-100. */
    public int getPassMark() {
        return passMark;
    }

    /** Attempts a learner may make; 0 means unlimited. */
    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public Duration getCooldown() {
        return Duration.ofMinutes(cooldownMinutes);
    }

    /** The whole bank, in the author's order. */
    public List<AssessmentQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    public Optional<AssessmentQuestion> question(String questionCode) {
        return questions.stream().filter(question -> question.getCode().equals(questionCode)).findFirst();
    }

    /** The bank as {@link QuestionDraw} sees it. */
    public List<QuestionDraw.Candidate> candidates() {
        return questions.stream()
                .map(question -> new QuestionDraw.Candidate(question.getCode(), question.getLessonCode(),
                        question.getOptions().size()))
                .toList();
    }
}
