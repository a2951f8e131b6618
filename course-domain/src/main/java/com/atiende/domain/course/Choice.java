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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reply the learner can pick in a step: the feedback it earns, the points it moves per competency, and where the
 * conversation goes next. A critical choice goes nowhere: it ends the scenario as failed, and says why.
 */
@Entity
@Cacheable
@Table(name = "scenario_choice",
        uniqueConstraints = @UniqueConstraint(name = "uq_scenario_choice_code", columnNames = {"step_id", "code"}))
public class Choice {

    @Id
    @SequenceGenerator(name = "scenario_choice_seq", sequenceName = "scenario_choice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_choice_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false)
    private ScenarioStep step;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "reply", nullable = false, length = 4000)
    private String reply;

    @Column(name = "feedback", nullable = false, length = 4000)
    private String feedback;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "choice_effect", joinColumns = @JoinColumn(name = "choice_id"))
    @MapKeyColumn(name = "competency_code", length = 64)
    @Column(name = "points", nullable = false)
    private Map<String, Integer> effects = new HashMap<>();

    @Column(name = "next_code", length = 64)
    private String nextCode;

    @Column(name = "critical_explanation", length = 4000)
    private String criticalExplanation;

    protected Choice() {
        // for JPA
    }

    /**
     * Builds a choice; the step built with it becomes its owner. Exactly one of {@code nextCode} and
     * {@code criticalExplanation} is given.
     *
     * @param effects             signed points per competency code
     * @param nextCode            the step or ending this choice leads to, or null for a critical choice
     * @param criticalExplanation why this choice fails the scenario, or null
     */
    public Choice(String code, String reply, String feedback, Map<String, Integer> effects, String nextCode,
                  String criticalExplanation) {
        if ((nextCode == null) == (criticalExplanation == null)) {
            throw new IllegalArgumentException("choice '" + code + "' needs either a next step or a critical"
                    + " explanation, not both or neither");
        }
        this.code = Objects.requireNonNull(code, "code");
        this.reply = Objects.requireNonNull(reply, "reply");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.effects = new HashMap<>(effects);
        this.nextCode = nextCode;
        this.criticalExplanation = criticalExplanation;
    }

    void attach(ScenarioStep owner, int position) {
        this.step = owner;
        this.sortOrder = position;
    }

    /** Whether picking this reply ends the scenario as failed. */
    public boolean isCritical() {
        return criticalExplanation != null;
    }

    public Long getId() {
        return id;
    }

    public ScenarioStep getStep() {
        return step;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getReply() {
        return reply;
    }

    public String getFeedback() {
        return feedback;
    }

    /** Signed points per competency code. */
    public Map<String, Integer> getEffects() {
        return Collections.unmodifiableMap(effects);
    }

    /** The step or ending this choice leads to; null when the choice is critical. */
    public String getNextCode() {
        return nextCode;
    }

    /** Why this choice fails the scenario; null when it is not critical. */
    public String getCriticalExplanation() {
        return criticalExplanation;
    }
}
