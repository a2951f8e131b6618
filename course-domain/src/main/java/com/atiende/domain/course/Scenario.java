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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A role-play scenario of a course: a directed acyclic graph of steps, each offering replies that lead to another
 * step or to an ending. Steps, choices and endings refer to each other by code, as in the content file. The
 * scenario also keeps the analysis made when it was validated (the points any path can reach per competency), so
 * that grading an attempt never has to walk the graph.
 */
@Entity
@Cacheable
@Table(name = "scenario",
        uniqueConstraints = @UniqueConstraint(name = "uq_scenario_course_code", columnNames = {"course_id", "code"}))
public class Scenario implements CourseItem {

    /** The channels a conversation can take place on, as written in content files. */
    public static final Set<String> CHANNELS =
            Set.of("telefono", "chat", "redes-sociales", "presencial", "email", "interno");

    @Id
    @SequenceGenerator(name = "scenario_seq", sequenceName = "scenario_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_seq")
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

    @Column(name = "summary", nullable = false, length = 4000)
    private String summary;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "channel", nullable = false, length = 32)
    private String channel;

    @Column(name = "character_name", nullable = false, length = 300)
    private String characterName;

    @Column(name = "start_step_code", nullable = false, length = 64)
    private String startStepCode;

    @OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ScenarioStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ScenarioEnding> endings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scenario_max_points", joinColumns = @JoinColumn(name = "scenario_id"))
    @MapKeyColumn(name = "competency_code", length = 64)
    @Column(name = "points", nullable = false)
    private Map<String, Integer> maxPoints = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scenario_min_points", joinColumns = @JoinColumn(name = "scenario_id"))
    @MapKeyColumn(name = "competency_code", length = 64)
    @Column(name = "points", nullable = false)
    private Map<String, Integer> minPoints = new HashMap<>();

    @Column(name = "path_count", nullable = false)
    private long pathCount;

    @Column(name = "best_path_decisions", nullable = false)
    private int bestPathDecisions;

    protected Scenario() {
        // for JPA
    }

    /**
     * Builds a scenario for the given course; add it with {@link Course#addScenario}. The analysis figures come
     * from the validator and must describe exactly these steps.
     *
     * @param sortOrder         position among the course's items, from 0
     * @param code              the scenario's file id
     * @param startStepCode     code of the first step
     * @param maxPoints         most points any path achieves, per competency
     * @param minPoints         fewest points any path achieves, per competency
     * @param pathCount         distinct ways through, each ending at an ending or a critical choice
     * @param bestPathDecisions decisions on the highest-scoring path
     */
    public Scenario(Course course, int sortOrder, String code, String title, String summary, boolean required,
                    String channel, String characterName, String startStepCode, List<ScenarioStep> steps,
                    List<ScenarioEnding> endings, Map<String, Integer> maxPoints, Map<String, Integer> minPoints,
                    long pathCount, int bestPathDecisions) {
        this.course = Objects.requireNonNull(course, "course");
        this.sortOrder = sortOrder;
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.required = required;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.characterName = Objects.requireNonNull(characterName, "characterName");
        this.startStepCode = Objects.requireNonNull(startStepCode, "startStepCode");
        this.steps = new ArrayList<>(steps);
        this.endings = new ArrayList<>(endings);
        this.maxPoints = new HashMap<>(maxPoints);
        this.minPoints = new HashMap<>(minPoints);
        this.pathCount = pathCount;
        this.bestPathDecisions = bestPathDecisions;
        for (int i = 0; i < this.steps.size(); i++) {
            this.steps.get(i).attach(this, i);
        }
        for (int i = 0; i < this.endings.size(); i++) {
            this.endings.get(i).attach(this, i);
        }
        if (step(startStepCode).isEmpty()) {
            throw new IllegalArgumentException("scenario '" + code + "' has no start step '" + startStepCode + "'");
        }
    }

    public ScenarioStep firstStep() {
        return step(startStepCode).orElseThrow();
    }

    public Optional<ScenarioStep> step(String stepCode) {
        return steps.stream().filter(step -> step.getCode().equals(stepCode)).findFirst();
    }

    public Optional<ScenarioEnding> ending(String endingCode) {
        return endings.stream().filter(ending -> ending.getCode().equals(endingCode)).findFirst();
    }

    public boolean isEnding(String code) {
        return ending(code).isPresent();
    }

    /**
     * The choice a learner makes in a step, refusing any choice the step does not offer.
     *
     * @throws InvalidChoiceException when the step does not exist in this scenario or does not offer the choice
     */
    public Choice choiceAt(String stepCode, String choiceCode) {
        ScenarioStep step = step(stepCode).orElseThrow(() -> new InvalidChoiceException(
                "scenario '" + code + "' has no step '" + stepCode + "'"));
        return step.choice(choiceCode).orElseThrow(() -> new InvalidChoiceException(
                "step '" + stepCode + "' of scenario '" + code + "' offers no choice '" + choiceCode + "'"));
    }

    /** Scores the points achieved on a path against this scenario's maxima and its course's weights. */
    public ScenarioScore score(Map<String, Integer> achievedPoints) {
        return Scoring.score(achievedPoints, maxPoints, course.getWeights());
    }

    /**
     * Scores the points achieved before a critical reply against the best the steps faced offered
     * ({@link Scoring#bestOffered}), with the course's weights.
     */
    public ScenarioScore scoreUpTo(Map<String, Integer> achievedPoints, List<String> stepCodesFaced) {
        List<List<Map<String, Integer>>> faced = stepCodesFaced.stream()
                .map(stepCode -> step(stepCode).orElseThrow().getChoices().stream().map(Choice::getEffects).toList())
                .toList();
        return Scoring.score(achievedPoints, Scoring.bestOffered(faced), course.getWeights());
    }

    @Override
    public CourseItemKind getKind() {
        return CourseItemKind.SCENARIO;
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

    public String getSummary() {
        return summary;
    }

    /** Whether the scenario must be passed to complete the course. */
    public boolean isRequired() {
        return required;
    }

    /** One of {@link #CHANNELS}. */
    public String getChannel() {
        return channel;
    }

    /** Who the learner talks to, e.g. "Marta Ruiz, clienta de una compañía eléctrica". */
    public String getCharacterName() {
        return characterName;
    }

    public String getStartStepCode() {
        return startStepCode;
    }

    public List<ScenarioStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public List<ScenarioEnding> getEndings() {
        return Collections.unmodifiableList(endings);
    }

    /** Most points any path achieves, per competency; the denominators of {@link Scoring}. */
    public Map<String, Integer> getMaxPoints() {
        return Collections.unmodifiableMap(maxPoints);
    }

    /** Fewest points any path achieves, per competency. */
    public Map<String, Integer> getMinPoints() {
        return Collections.unmodifiableMap(minPoints);
    }

    /** Distinct ways through the scenario, each ending at an ending or with a critical choice. */
    public long getPathCount() {
        return pathCount;
    }

    /** Number of decisions on the highest-scoring path. */
    public int getBestPathDecisions() {
        return bestPathDecisions;
    }
}
