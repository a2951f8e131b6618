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
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One moment of a scenario: what the learner knows, what the other person says, and the replies on offer, in the
 * author's order.
 */
@Entity
@Cacheable
@Table(name = "scenario_step",
        uniqueConstraints = @UniqueConstraint(name = "uq_scenario_step_code", columnNames = {"scenario_id", "code"}))
public class ScenarioStep {

    @Id
    @SequenceGenerator(name = "scenario_step_seq", sequenceName = "scenario_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_step_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id", nullable = false)
    private Scenario scenario;

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "context", nullable = false, length = 4000)
    private String context;

    @Column(name = "mood", length = 300)
    private String mood;

    @Column(name = "waited_minutes")
    private Integer waitedMinutes;

    @Column(name = "says", nullable = false, length = 4000)
    private String says;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Choice> choices = new ArrayList<>();

    protected ScenarioStep() {
        // for JPA
    }

    /**
     * Builds a step; the scenario built with it becomes its owner.
     *
     * @param mood          how the person feels, or null
     * @param waitedMinutes minutes the person has already waited, or null
     */
    public ScenarioStep(String code, String context, String mood, Integer waitedMinutes, String says,
                        List<Choice> choices) {
        this.code = Objects.requireNonNull(code, "code");
        this.context = Objects.requireNonNull(context, "context");
        this.mood = mood;
        this.waitedMinutes = waitedMinutes;
        this.says = Objects.requireNonNull(says, "says");
        this.choices = new ArrayList<>(choices);
        for (int i = 0; i < this.choices.size(); i++) {
            this.choices.get(i).attach(this, i);
        }
    }

    void attach(Scenario owner, int position) {
        this.scenario = owner;
        this.sortOrder = position;
    }

    public Optional<Choice> choice(String choiceCode) {
        return choices.stream().filter(choice -> choice.getCode().equals(choiceCode)).findFirst();
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

    public String getContext() {
        return context;
    }

    /** How the person feels right now, or null when the content does not say. */
    public String getMood() {
        return mood;
    }

    /** Minutes the person has already waited, or null when the content does not say. */
    public Integer getWaitedMinutes() {
        return waitedMinutes;
    }

    public String getSays() {
        return says;
    }

    public List<Choice> getChoices() {
        return Collections.unmodifiableList(choices);
    }
}
