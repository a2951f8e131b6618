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
 * A self-check question at the end of a lesson, with its options in the author's order. Exactly one option is
 * correct (the validator sees to it); every option carries feedback, because the point is learning, not a grade.
 */
@Entity
@Cacheable
@Table(name = "self_check_question")
public class SelfCheckQuestion {

    @Id
    @SequenceGenerator(name = "self_check_question_seq", sequenceName = "self_check_question_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_check_question_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "question", nullable = false, length = 4000)
    private String question;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_check_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "sort_order")
    private List<SelfCheckOption> options = new ArrayList<>();

    protected SelfCheckQuestion() {
        // for JPA
    }

    /** Builds a question; the lesson built with it becomes its owner. */
    public SelfCheckQuestion(String question, List<SelfCheckOption> options) {
        this.question = Objects.requireNonNull(question, "question");
        this.options = new ArrayList<>(options);
    }

    void attach(Lesson owner, int position) {
        this.lesson = owner;
        this.sortOrder = position;
    }

    /** Index of the correct option, from 0, or -1 if none is marked correct. */
    public int correctOptionIndex() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).isCorrect()) {
                return i;
            }
        }
        return -1;
    }

    public Long getId() {
        return id;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getQuestion() {
        return question;
    }

    public List<SelfCheckOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
