package com.atiende.domain.content;

import com.atiende.domain.course.CourseItemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a content catalog against every rule of the content format (FORMAT.md in the content module) and
 * analyses each scenario graph. The same validation runs at start-up, on import and on publish; it reports every
 * problem at once, together with the reader's, so that one round of fixes is enough.
 *
 * <p>A scenario is analysed when its start is a step and it has no cycle; its pass mark is then checked against
 * the {@link com.atiende.domain.course.Scoring} rules: some path must meet the course's pass mark and floors
 * without a critical choice.
 */
public final class ContentValidator {

    public ValidationReport validate(ContentCatalog catalog) {
        Findings findings = new Findings();
        findings.problems().addAll(catalog.problems());
        Set<String> competencies = checkCompetencies(catalog.competencies(), findings);
        List<ScenarioAnalysis> analyses = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (CourseDefinition course : catalog.courses()) {
            if (!folders.add(course.folder())) {
                findings.add(ContentReader.COURSES_FILE, "", "course '" + course.folder()
                        + "' is listed more than once");
                continue;
            }
            new CourseCheck(course, competencies, catalog.problems(), findings, analyses).run();
        }
        return new ValidationReport(findings.problems(), analyses);
    }

    private Set<String> checkCompetencies(List<CompetencyDefinition> definitions, Findings findings) {
        String file = ContentReader.COMPETENCIES_FILE;
        Set<String> codes = new HashSet<>();
        for (CompetencyDefinition competency : definitions) {
            String at = "competency '" + competency.code() + "'";
            if (findings.id(file, at, "competency", competency.code()) && !codes.add(competency.code())) {
                findings.add(file, at, "competency '" + competency.code() + "' is defined more than once");
            }
            findings.text(file, at, "name.es", competency.nameEs(), Findings.SHORT_TEXT);
            findings.text(file, at, "name.en", competency.nameEn(), Findings.SHORT_TEXT);
            findings.text(file, at, "description.es", competency.descriptionEs(), Findings.LONG_TEXT);
            findings.text(file, at, "description.en", competency.descriptionEn(), Findings.LONG_TEXT);
        }
        if (definitions.isEmpty()) {
            findings.add(file, "", "no competencies are defined");
        }
        return codes;
    }

    /** The rules for one course folder: its descriptor, its items, and each of its lessons and scenarios. */
    private static final class CourseCheck {

        private final CourseDefinition course;
        private final Set<String> competencies;
        private final List<ContentProblem> readProblems;
        private final Findings findings;
        private final List<ScenarioAnalysis> analyses;
        private final String file;

        CourseCheck(CourseDefinition course, Set<String> competencies, List<ContentProblem> readProblems,
                    Findings findings, List<ScenarioAnalysis> analyses) {
            this.course = course;
            this.competencies = competencies;
            this.readProblems = readProblems;
            this.findings = findings;
            this.analyses = analyses;
            this.file = course.file();
        }

        void run() {
            if (findings.id(file, "code", "course", course.code()) && !course.code().equals(course.folder())) {
                findings.add(file, "code", "code '" + course.code() + "' must be the folder name '"
                        + course.folder() + "'");
            }
            findings.text(file, "title", "title", course.title(), Findings.SHORT_TEXT);
            findings.text(file, "summary", "summary", course.summary(), Findings.LONG_TEXT);
            findings.text(file, "language", "language", course.language(), Findings.LANGUAGE);
            checkWeights();
            checkPassRules();
            checkAtLeast(course.certificateValidityMonths(), 1, "certificateValidityMonths");
            checkItems();
            course.lessons().forEach(this::checkLesson);
            course.scenarios().forEach(this::checkScenario);
            course.assessments().forEach(this::checkAssessment);
        }

        private void checkWeights() {
            if (course.weights().isEmpty()) {
                findings.add(file, "competencies", "no competency weights: list each scored competency with a"
                        + " positive weight");
            }
            course.weights().forEach((code, weight) -> {
                String at = "competencies." + code;
                if (!competencies.contains(code)) {
                    findings.add(file, at, "unknown competency '" + code + "' (not in competencies.yaml)");
                }
                if (weight <= 0) {
                    findings.add(file, at, "weight must be a positive whole number, not " + weight);
                }
            });
        }

        private void checkPassRules() {
            PassRulesDefinition rules = course.passRules();
            if (rules == null) {
                return;
            }
            if (rules.passMark() != null && (rules.passMark() < 1 || rules.passMark() > 100)) {
                findings.add(file, "passRules.passMark", "pass mark must be 1-100, not " + rules.passMark());
            }
            rules.floors().forEach((code, floor) -> {
                String at = "passRules.floors." + code;
                if (!competencies.contains(code)) {
                    findings.add(file, at, "unknown competency '" + code + "' (not in competencies.yaml)");
                }
                if (floor < 1 || floor > 100) {
                    findings.add(file, at, "floor must be 1-100, not " + floor);
                }
            });
            checkAtLeast(rules.attemptsAllowed(), 0, "passRules.attemptsAllowed");
            checkAtLeast(rules.cooldownMinutes(), 0, "passRules.cooldownMinutes");
            checkAtLeast(rules.attemptExpiryDays(), 1, "passRules.attemptExpiryDays");
        }

        private void checkAtLeast(Integer value, int minimum, String location) {
            checkAtLeast(file, value, minimum, location);
        }

        private void checkAtLeast(String inFile, Integer value, int minimum, String location) {
            if (value != null && value < minimum) {
                findings.add(inFile, location, "must be at least " + minimum + ", not " + value);
            }
        }

        private void checkItems() {
            if (course.items().isEmpty()) {
                findings.add(file, "items", "a course needs at least one item (lesson, scenario or assessment)");
            }
            Set<String> seen = new HashSet<>();
            int assessments = 0;
            for (int i = 0; i < course.items().size(); i++) {
                CourseItemDefinition item = course.items().get(i);
                String at = "items[" + i + "]";
                ContentLayout layout = ContentLayout.of(item.kind());
                if (item.kind() == CourseItemKind.FINAL_ASSESSMENT) {
                    checkAssessmentPlace(at, ++assessments, i);
                }
                if (!findings.id(file, at, layout.key(), item.id())) {
                    continue;
                }
                if (!seen.add(item.id())) {
                    findings.add(file, at, "'" + item.id() + "' appears more than once in items");
                    continue;
                }
                String expected = layout.file(course.folder(), item.id());
                boolean defined = switch (item.kind()) {
                    case LESSON -> course.lesson(item.id()).isPresent();
                    case SCENARIO -> course.scenario(item.id()).isPresent();
                    case FINAL_ASSESSMENT -> course.assessment(item.id()).isPresent();
                };
                boolean alreadyReported = readProblems.stream().anyMatch(problem -> problem.file().equals(expected));
                if (!defined && !alreadyReported) {
                    findings.add(file, at, layout.key() + " '" + item.id() + "' has no file " + expected);
                }
            }
        }

        /** The final assessment closes the course: one at most, after every lesson and scenario. */
        private void checkAssessmentPlace(String at, int count, int index) {
            if (count > 1) {
                findings.add(file, at, "a course has at most one final assessment");
            } else if (index != course.items().size() - 1) {
                findings.add(file, at, "the final assessment must be the last item, after every lesson and"
                        + " scenario");
            }
        }

        private void checkAssessment(FinalAssessmentDefinition assessment) {
            String assessmentFile = assessment.file();
            findings.text(assessmentFile, "title", "title", assessment.title(), Findings.SHORT_TEXT);
            findings.text(assessmentFile, "instructions", "instructions", assessment.instructions(),
                    Findings.LONG_TEXT);
            Integer drawn = assessment.questionsPerAttempt();
            int bank = assessment.questions().size();
            if (drawn != null && drawn < 1) {
                findings.add(assessmentFile, "questionsPerAttempt", "must be at least 1, not " + drawn);
            } else if (drawn != null && drawn > bank) {
                findings.add(assessmentFile, "questionsPerAttempt", "draws " + drawn + " questions from a bank of "
                        + bank + ": add questions or draw fewer");
            }
            if (assessment.passMark() != null && (assessment.passMark() < 1 || assessment.passMark() > 100)) {
                findings.add(assessmentFile, "passMark", "pass mark must be 1-100, not " + assessment.passMark());
            }
            checkAtLeast(assessmentFile, assessment.attemptsAllowed(), 0, "attemptsAllowed");
            checkAtLeast(assessmentFile, assessment.cooldownMinutes(), 0, "cooldownMinutes");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < assessment.questions().size(); i++) {
                AssessmentQuestionDefinition question = assessment.questions().get(i);
                String at = "questions[" + i + "]";
                if (findings.id(assessmentFile, at, "question", question.id()) && !ids.add(question.id())) {
                    findings.add(assessmentFile, at, "question id '" + question.id() + "' is used more than once");
                }
                if (question.lesson() != null && course.lesson(question.lesson()).isEmpty()) {
                    findings.add(assessmentFile, at + ".lesson", "lesson '" + question.lesson()
                            + "' is not an item of course '" + course.folder() + "'");
                }
                checkQuestion(assessmentFile, at, question.question(), question.options());
            }
        }

        private void checkLesson(LessonDefinition lesson) {
            String lessonFile = lesson.file();
            findings.text(lessonFile, "title", "title", lesson.title(), Findings.SHORT_TEXT);
            if (lesson.minutes() != null && lesson.minutes() < 1) {
                findings.add(lessonFile, "minutes", "minutes must be more than 0, not " + lesson.minutes());
            }
            if (lesson.takeaways().isEmpty()) {
                findings.add(lessonFile, "takeaways", "a lesson needs at least one takeaway");
            }
            for (int i = 0; i < lesson.takeaways().size(); i++) {
                findings.text(lessonFile, "takeaways[" + i + "]", "takeaway", lesson.takeaways().get(i),
                        Findings.TAKEAWAY);
            }
            if (lesson.selfCheck().isEmpty()) {
                findings.add(lessonFile, "selfCheck", "a lesson needs at least one self-check question");
            }
            for (int i = 0; i < lesson.selfCheck().size(); i++) {
                SelfCheckDefinition question = lesson.selfCheck().get(i);
                checkQuestion(lessonFile, "selfCheck[" + i + "]", question.question(), question.options());
            }
            if (lesson.body() == null || lesson.body().isBlank()) {
                findings.add(lessonFile, "", "the lesson has no text after its front matter");
            } else if (lesson.body().length() > Findings.BODY) {
                findings.add(lessonFile, "", "the lesson text is longer than " + Findings.BODY + " characters");
            }
        }

        /** A multiple-choice question, of a lesson's self-check or of a final assessment's bank. */
        private void checkQuestion(String questionFile, String at, String question,
                                   List<SelfCheckOptionDefinition> options) {
            findings.text(questionFile, at, "question", question, Findings.LONG_TEXT);
            if (options.size() < 2) {
                findings.add(questionFile, at + ".options", "a question needs at least two options, not "
                        + options.size());
            }
            long correct = options.stream().filter(SelfCheckOptionDefinition::correct).count();
            if (correct != 1) {
                findings.add(questionFile, at, "exactly one option must be 'correct: true', not " + correct);
            }
            for (int j = 0; j < options.size(); j++) {
                SelfCheckOptionDefinition option = options.get(j);
                String optionAt = at + ".options[" + j + "]";
                findings.text(questionFile, optionAt, "text", option.text(), Findings.LONG_TEXT);
                if (option.feedback() == null) {
                    findings.add(questionFile, optionAt, "option has no 'feedback': every option explains itself");
                }
                findings.text(questionFile, optionAt, "feedback", option.feedback(), Findings.LONG_TEXT);
            }
        }

        private void checkScenario(ScenarioDefinition scenario) {
            boolean analysable = new ScenarioRules(scenario, competencies, findings).check();
            if (!analysable) {
                return;
            }
            ScenarioAnalyzer analyzer = new ScenarioAnalyzer(scenario);
            ScenarioAnalyzer.BestPath best = analyzer.bestPath(course.weights());
            analyses.add(new ScenarioAnalysis(course.folder(), scenario.id(), analyzer.maxPoints(),
                    analyzer.minPoints(), analyzer.pathCount(), best.decisions(), best.score()));
            if (best.gaveUp()) {
                findings.add(scenario.file(), "", tooManyPaths("find its best path"));
            }
            PassRulesDefinition rules = course.passRules();
            if (rules != null && rules.passMark() != null && rules.passMark() >= 1 && rules.passMark() <= 100) {
                checkPassable(scenario, analyzer, best, rules);
            }
        }

        private void checkPassable(ScenarioDefinition scenario, ScenarioAnalyzer analyzer,
                                   ScenarioAnalyzer.BestPath best, PassRulesDefinition rules) {
            switch (analyzer.passability(rules.passMark(), rules.floors(), course.weights())) {
                case PASSABLE -> { }
                case UNDECIDED -> findings.add(scenario.file(), "", tooManyPaths("check that its pass mark can"
                        + " be reached"));
                case NOT_PASSABLE -> findings.add(scenario.file(), "", "no path can pass this scenario: "
                        + whyNotPassable(best, rules));
            }
        }

        private String whyNotPassable(ScenarioAnalyzer.BestPath best, PassRulesDefinition rules) {
            if (!best.exists()) {
                return "every path ends with a critical choice";
            }
            if (best.score().compareTo(BigDecimal.valueOf(rules.passMark())) < 0) {
                return "the best path scores " + best.score().toPlainString() + " overall, below the pass mark "
                        + rules.passMark() + " of " + file;
            }
            return "no path that reaches the pass mark " + rules.passMark() + " also meets the floors ("
                    + rules.floors().entrySet().stream().map(Map.Entry::toString)
                    .collect(Collectors.joining(", ")) + ") of " + file;
        }

        private static String tooManyPaths(String purpose) {
            return "the scenario has too many paths to " + purpose + " (gave up after "
                    + ScenarioAnalyzer.MAX_VISITS + " steps visited); merge branches to simplify it";
        }
    }
}
