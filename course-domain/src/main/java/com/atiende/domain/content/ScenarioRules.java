package com.atiende.domain.content;

import com.atiende.domain.course.Scenario;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules for one scenario file on its own: texts, ids, choices and the shape of its graph (reachability, no
 * cycles, no dangling references). Places are named by id, e.g. {@code step 'saludo', choice 'b'}, falling back
 * to the list index when an id is missing.
 */
final class ScenarioRules {

    /** Effects are small signed numbers; the bound also keeps every path total far from overflow. */
    static final int MAX_EFFECT = 100;

    private final ScenarioDefinition scenario;
    private final Set<String> competencies;
    private final Findings findings;
    private final String file;
    private final Map<String, StepDefinition> steps = new LinkedHashMap<>();
    private final Map<String, EndingDefinition> endings = new LinkedHashMap<>();

    ScenarioRules(ScenarioDefinition scenario, Set<String> competencies, Findings findings) {
        this.scenario = scenario;
        this.competencies = competencies;
        this.findings = findings;
        this.file = scenario.file();
    }

    /** Checks everything; returns whether the graph can be analysed (its start is a step and it has no cycle). */
    boolean check() {
        findings.text(file, "title", "title", scenario.title(), Findings.SHORT_TEXT);
        findings.text(file, "summary", "summary", scenario.summary(), Findings.LONG_TEXT);
        if (scenario.channel() != null && !Scenario.CHANNELS.contains(scenario.channel())) {
            findings.add(file, "setting.channel", "channel '" + scenario.channel() + "' is not one of "
                    + String.join(", ", new TreeSet<>(Scenario.CHANNELS)));
        }
        findings.text(file, "setting.character", "character", scenario.character(), Findings.SHORT_TEXT);
        collectIds();
        for (int i = 0; i < scenario.steps().size(); i++) {
            checkStep(scenario.steps().get(i), i);
        }
        for (int i = 0; i < scenario.endings().size(); i++) {
            EndingDefinition ending = scenario.endings().get(i);
            String at = ending.id() != null ? "ending '" + ending.id() + "'" : "endings[" + i + "]";
            findings.text(file, at, "title", ending.title(), Findings.SHORT_TEXT);
            findings.text(file, at, "outcome", ending.outcome(), Findings.LONG_TEXT);
        }
        boolean startIsStep = checkStart();
        boolean acyclic = checkCycles();
        if (startIsStep) {
            checkReachability();
        }
        return startIsStep && acyclic;
    }

    private void collectIds() {
        if (scenario.steps().isEmpty()) {
            findings.add(file, "steps", "a scenario needs at least one step");
        }
        if (scenario.endings().isEmpty()) {
            findings.add(file, "endings", "a scenario needs at least one ending");
        }
        Set<String> seen = new HashSet<>();
        for (StepDefinition step : scenario.steps()) {
            String at = "step '" + step.id() + "'";
            if (findings.id(file, at, "step", step.id()) && !seen.add(step.id())) {
                findings.add(file, at, "id '" + step.id() + "' is used by more than one step or ending");
            }
            if (step.id() != null) {
                steps.putIfAbsent(step.id(), step);
            }
        }
        for (EndingDefinition ending : scenario.endings()) {
            String at = "ending '" + ending.id() + "'";
            if (findings.id(file, at, "ending", ending.id()) && !seen.add(ending.id())) {
                findings.add(file, at, "id '" + ending.id() + "' is used by more than one step or ending");
            }
            if (ending.id() != null) {
                endings.putIfAbsent(ending.id(), ending);
            }
        }
    }

    private void checkStep(StepDefinition step, int index) {
        String at = step.id() != null ? "step '" + step.id() + "'" : "steps[" + index + "]";
        findings.text(file, at, "context", step.context(), Findings.LONG_TEXT);
        findings.text(file, at, "mood", step.mood(), Findings.SHORT_TEXT);
        findings.text(file, at, "says", step.says(), Findings.LONG_TEXT);
        if (step.waitedMinutes() != null && step.waitedMinutes() < 0) {
            findings.add(file, at, "'waitedMinutes' cannot be negative");
        }
        if (step.choices().isEmpty()) {
            findings.add(file, at, "step has no choices (an ending belongs under 'endings')");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < step.choices().size(); i++) {
            ChoiceDefinition choice = step.choices().get(i);
            String choiceAt = at + ", " + (choice.id() != null ? "choice '" + choice.id() + "'" : "choices[" + i + "]");
            if (findings.id(file, choiceAt, "choice", choice.id()) && !seen.add(choice.id())) {
                findings.add(file, choiceAt, "choice id '" + choice.id() + "' is used twice in this step");
            }
            checkChoice(choice, choiceAt);
        }
    }

    private void checkChoice(ChoiceDefinition choice, String at) {
        findings.text(file, at, "reply", choice.reply(), Findings.LONG_TEXT);
        findings.text(file, at, "feedback", choice.feedback(), Findings.LONG_TEXT);
        findings.text(file, at, "critical", choice.critical(), Findings.LONG_TEXT);
        if (choice.effects().isEmpty()) {
            findings.add(file, at, "choice has no effects: give signed points for at least one competency");
        }
        choice.effects().forEach((code, points) -> {
            if (!competencies.contains(code)) {
                findings.add(file, at + ", effects", "unknown competency '" + code + "' (not in competencies.yaml)");
            }
            if (Math.abs(points) > MAX_EFFECT) {
                findings.add(file, at + ", effects", "effect on '" + code + "' is " + points + "; effects are -"
                        + MAX_EFFECT + " to " + MAX_EFFECT);
            }
        });
        if (choice.isCritical() && choice.next() != null) {
            findings.add(file, at, "a critical choice ends the scenario, so it has no 'next'");
        } else if (!choice.isCritical() && choice.next() == null) {
            findings.add(file, at, "choice needs a 'next' (a step or an ending), or a 'critical' explanation"
                    + " if it ends the scenario as failed");
        } else if (choice.next() != null && !steps.containsKey(choice.next())
                && !endings.containsKey(choice.next())) {
            findings.add(file, at, "next '" + choice.next() + "' is neither a step nor an ending of this scenario");
        }
    }

    private boolean checkStart() {
        String start = scenario.start();
        if (start == null) {
            return false;
        }
        if (steps.containsKey(start)) {
            return true;
        }
        findings.add(file, "start", endings.containsKey(start)
                ? "start '" + start + "' is an ending; the scenario must start with a step"
                : "start '" + start + "' is not a step of this scenario");
        return false;
    }

    private void checkReachability() {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(scenario.start()));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!reached.add(id) || !steps.containsKey(id)) {
                continue;
            }
            for (ChoiceDefinition choice : steps.get(id).choices()) {
                if (!choice.isCritical() && choice.next() != null) {
                    pending.push(choice.next());
                }
            }
        }
        steps.keySet().stream().filter(id -> !reached.contains(id)).forEach(id -> findings.add(file,
                "step '" + id + "'", "step cannot be reached from start '" + scenario.start() + "'"));
        endings.keySet().stream().filter(id -> !reached.contains(id)).forEach(id -> findings.add(file,
                "ending '" + id + "'", "ending cannot be reached from start '" + scenario.start() + "'"));
    }

    /** Reports each cycle once, at the step where the search closed it, naming the steps around it. */
    private boolean checkCycles() {
        Map<String, Boolean> onPath = new HashMap<>();
        boolean acyclic = true;
        for (String id : steps.keySet()) {
            acyclic &= visit(id, onPath, new ArrayList<>());
        }
        return acyclic;
    }

    private boolean visit(String id, Map<String, Boolean> state, List<String> path) {
        Boolean inProgress = state.get(id);
        if (inProgress != null) {
            if (inProgress) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
                cycle.add(id);
                findings.add(file, "step '" + id + "'", "steps form a cycle: " + String.join(" -> ", cycle)
                        + "; a scenario must always move forward");
                return false;
            }
            return true;
        }
        state.put(id, true);
        path.add(id);
        boolean acyclic = true;
        for (ChoiceDefinition choice : steps.get(id).choices()) {
            if (!choice.isCritical() && choice.next() != null && steps.containsKey(choice.next())) {
                acyclic &= visit(choice.next(), state, path);
            }
        }
        path.remove(path.size() - 1);
        state.put(id, false);
        return acyclic;
    }
}
