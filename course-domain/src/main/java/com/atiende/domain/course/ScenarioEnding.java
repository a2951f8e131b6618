package com.atiende.domain.course;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;

/**
 * How a conversation turned out, told as a short narrative. Endings are not graded: the score comes from the
 * choices on the way, so a kind ending can still be a failed attempt.
 */
@Entity
@Cacheable
@Table(name = "scenario_ending",
        uniqueConstraints = @UniqueConstraint(name = "uq_scenario_ending_code", columnNames = {"scenario_id", "code"}))
public class ScenarioEnding {

    @Id
    @SequenceGenerator(name = "scenario_ending_seq", sequenceName = "scenario_ending_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_ending_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id", nullable = false)
    private Scenario scenario;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "outcome", nullable = false, length = 4000)
    private String outcome;

    protected ScenarioEnding() {
        // for JPA
    }

    /** Builds an ending; the scenario built with it becomes its owner. */
    public ScenarioEnding(String code, String title, String outcome) {
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    void attach(Scenario owner, int position) {
        this.scenario = owner;
        this.sortOrder = position;
    }

    public Long getId() {
        return id;
    }

    public Scenario getScenario() {
        return scenario;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getOutcome() {
        return outcome;
    }
}
