package com.atiende.domain.content;

import com.atiende.domain.course.AttemptKept;
import com.atiende.domain.course.CourseItemKind;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a content source into a {@link ContentCatalog} (the layout is described in the content module's
 * FORMAT.md). The reader judges shape only (files present and parseable, fields present and of the right type, no
 * unknown fields) and reports every such problem instead of stopping; whether the content makes sense is the
 * validator's job. YAML is read with SnakeYAML's safe constructor, so a file can only ever yield plain maps,
 * lists and scalars.
 *
 * <p>Each course's content hash covers its {@code course.yaml} and every lesson, scenario and assessment file its
 * items name,
 * as found; {@code competencies.yaml} is shared by all courses and is not part of any course's hash.
 */
public final class ContentReader {

    public static final String COMPETENCIES_FILE = "competencies.yaml";
    public static final String COURSES_FILE = "courses.yaml";

    /** Reads everything the source holds; never throws for bad content, only for an unreadable source. */
    public ContentCatalog read(ContentSource source) {
        return new Reading(source).catalog();
    }

    /** The state of one read: the source and the problems found so far. */
    private static final class Reading {

        private static final Pattern FRONT_MATTER_END = Pattern.compile("^---[ \\t]*$", Pattern.MULTILINE);
        private static final String FRONT_MATTER_START = "---\n";
        private static final int MAX_ALIASES = 20;

        private final ContentSource source;
        private final List<ContentProblem> problems = new ArrayList<>();

        Reading(ContentSource source) {
            this.source = source;
        }

        ContentCatalog catalog() {
            List<CompetencyDefinition> competencies = readCompetencies();
            List<CourseDefinition> courses = new ArrayList<>();
            for (String folder : readCourseFolders()) {
                readCourse(folder).ifPresent(courses::add);
            }
            return new ContentCatalog(competencies, courses, problems);
        }

        private List<CompetencyDefinition> readCompetencies() {
            String file = COMPETENCIES_FILE;
            List<CompetencyDefinition> competencies = new ArrayList<>();
            Optional<Object> document = required(file).flatMap(bytes -> parse(file, bytes, 0));
            if (document.isEmpty()) {
                return competencies;
            }
            List<?> entries = YamlValues.list(document.get(), file, "", problems);
            for (int i = 0; i < entries.size(); i++) {
                YamlMapping.of(entries.get(i), file, "[" + i + "]", problems).ifPresent(entry -> {
                    String code = entry.id("code");
                    Optional<YamlMapping> name = entry.mapping("name");
                    Optional<YamlMapping> description = entry.mapping("description");
                    entry.reportUnknownKeys();
                    competencies.add(new CompetencyDefinition(code,
                            name.map(n -> n.text("es")).orElse(null),
                            name.map(n -> n.text("en")).orElse(null),
                            description.map(d -> d.text("es")).orElse(null),
                            description.map(d -> d.text("en")).orElse(null)));
                    name.ifPresent(YamlMapping::reportUnknownKeys);
                    description.ifPresent(YamlMapping::reportUnknownKeys);
                });
            }
            return competencies;
        }

        private List<String> readCourseFolders() {
            String file = COURSES_FILE;
            List<String> folders = new ArrayList<>();
            Optional<Object> document = required(file).flatMap(bytes -> parse(file, bytes, 0));
            if (document.isEmpty()) {
                return folders;
            }
            List<?> entries = YamlValues.list(document.get(), file, "", problems);
            for (int i = 0; i < entries.size(); i++) {
                String folder = YamlValues.id(entries.get(i), file, "[" + i + "]", problems);
                if (folder == null) {
                    continue;
                }
                if (ContentIds.isWellFormed(folder)) {
                    folders.add(folder);
                } else {
                    problems.add(new ContentProblem(file, "[" + i + "]", "'" + folder
                            + "' is not a valid course folder name: " + ContentIds.RULE));
                }
            }
            return folders;
        }

        private Optional<CourseDefinition> readCourse(String folder) {
            String file = folder + "/course.yaml";
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                problems.add(new ContentProblem(file, "", "file is missing (" + COURSES_FILE + " lists course '"
                        + folder + "')"));
                return Optional.empty();
            }
            SortedMap<String, byte[]> files = new TreeMap<>();
            files.put(file, bytes.get());
            Optional<YamlMapping> root = parse(file, bytes.get(), 0)
                    .flatMap(document -> YamlMapping.of(document, file, "", problems));
            if (root.isEmpty()) {
                return Optional.empty();
            }
            YamlMapping course = root.get();
            String code = course.id("code");
            String title = course.text("title");
            String summary = course.text("summary");
            String language = course.text("language");
            Map<String, Integer> weights = course.points("competencies");
            PassRulesDefinition passRules = course.mapping("passRules").map(this::readPassRules).orElse(null);
            Integer certificateValidityMonths = course.wholeNumber("certificateValidityMonths");
            List<CourseItemDefinition> items = readItems(file, course.list("items"));
            course.reportUnknownKeys();

            Map<String, LessonDefinition> lessons = new LinkedHashMap<>();
            Map<String, ScenarioDefinition> scenarios = new LinkedHashMap<>();
            Map<String, FinalAssessmentDefinition> assessments = new LinkedHashMap<>();
            for (CourseItemDefinition item : items) {
                if (item.id() == null || !ContentIds.isWellFormed(item.id())) {
                    continue;
                }
                if (item.kind() == CourseItemKind.LESSON && !lessons.containsKey(item.id())) {
                    readLesson(folder, item.id(), files).ifPresent(lesson -> lessons.put(lesson.id(), lesson));
                } else if (item.kind() == CourseItemKind.SCENARIO && !scenarios.containsKey(item.id())) {
                    readScenario(folder, item.id(), files)
                            .ifPresent(scenario -> scenarios.put(scenario.id(), scenario));
                } else if (item.kind() == CourseItemKind.FINAL_ASSESSMENT && !assessments.containsKey(item.id())) {
                    readAssessment(folder, item.id(), files)
                            .ifPresent(assessment -> assessments.put(assessment.id(), assessment));
                }
            }
            return Optional.of(new CourseDefinition(folder, file, code, title, summary, language, weights, passRules,
                    certificateValidityMonths, items, new ArrayList<>(lessons.values()),
                    new ArrayList<>(scenarios.values()), new ArrayList<>(assessments.values()),
                    ContentHash.of(files)));
        }

        private PassRulesDefinition readPassRules(YamlMapping rules) {
            Integer passMark = rules.wholeNumber("passMark");
            Map<String, Integer> floors = rules.points("floors");
            Integer attemptsAllowed = rules.wholeNumber("attemptsAllowed");
            String keep = rules.text("keep");
            Integer cooldownMinutes = rules.wholeNumber("cooldownMinutes");
            Integer attemptExpiryDays = rules.wholeNumber("attemptExpiryDays");
            rules.reportUnknownKeys();
            AttemptKept kept = null;
            if ("best".equals(keep) || "last".equals(keep)) {
                kept = AttemptKept.valueOf(keep.toUpperCase(Locale.ROOT));
            } else if (keep != null) {
                rules.report("keep", "keep must be 'best' or 'last', not '" + keep + "'");
            }
            return new PassRulesDefinition(passMark, floors, attemptsAllowed, kept, cooldownMinutes,
                    attemptExpiryDays);
        }

        private List<CourseItemDefinition> readItems(String file, List<?> entries) {
            List<CourseItemDefinition> items = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String at = "items[" + i + "]";
                Optional<YamlMapping> entry = YamlMapping.of(entries.get(i), file, at, problems);
                if (entry.isEmpty()) {
                    continue;
                }
                YamlMapping item = entry.get();
                Optional<ContentLayout> layout = Arrays.stream(ContentLayout.values())
                        .filter(candidate -> item.has(candidate.key())).findFirst();
                if (item.size() != 1 || layout.isEmpty()) {
                    problems.add(new ContentProblem(file, at,
                            "an item is written 'lesson: <id>', 'scenario: <id>' or 'assessment: <id>'"));
                    continue;
                }
                String id = item.id(layout.get().key());
                if (id != null) {
                    items.add(new CourseItemDefinition(layout.get().kind(), id));
                }
            }
            return items;
        }

        private Optional<LessonDefinition> readLesson(String folder, String id, SortedMap<String, byte[]> files) {
            String file = ContentLayout.LESSON.file(folder, id);
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            files.put(file, bytes.get());
            Optional<String> text = decode(file, bytes.get());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String normalized = text.get().replace("\r\n", "\n");
            Matcher end = FRONT_MATTER_END.matcher(normalized);
            if (!normalized.startsWith(FRONT_MATTER_START) || !end.find(FRONT_MATTER_START.length())) {
                problems.add(new ContentProblem(file, "", "a lesson starts with its front matter: a line '---',"
                        + " the fields (title, minutes, takeaways, selfCheck) and another line '---'"));
                return Optional.empty();
            }
            String frontMatter = normalized.substring(FRONT_MATTER_START.length(), end.start());
            String body = normalized.substring(end.end()).strip();
            Optional<YamlMapping> root = parseText(file, frontMatter, 1)
                    .flatMap(document -> YamlMapping.of(document, file, "", problems));
            if (root.isEmpty()) {
                return Optional.empty();
            }
            YamlMapping lesson = root.get();
            String title = lesson.text("title");
            Integer minutes = lesson.wholeNumber("minutes");
            List<String> takeaways = texts(file, "takeaways", lesson.list("takeaways"));
            List<SelfCheckDefinition> selfCheck = readSelfCheck(file, lesson.list("selfCheck"));
            lesson.reportUnknownKeys();
            return Optional.of(new LessonDefinition(id, file, title, minutes, takeaways, selfCheck, body));
        }

        private List<SelfCheckDefinition> readSelfCheck(String file, List<?> entries) {
            List<SelfCheckDefinition> questions = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String at = "selfCheck[" + i + "]";
                YamlMapping.of(entries.get(i), file, at, problems).ifPresent(entry -> {
                    String question = entry.text("question");
                    List<?> optionEntries = entry.list("options");
                    entry.reportUnknownKeys();
                    questions.add(new SelfCheckDefinition(question, readOptions(file, at, optionEntries)));
                });
            }
            return questions;
        }

        private List<SelfCheckOptionDefinition> readOptions(String file, String at, List<?> entries) {
            List<SelfCheckOptionDefinition> options = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                YamlMapping.of(entries.get(j), file, at + ".options[" + j + "]", problems).ifPresent(option -> {
                    String text = option.text("text");
                    boolean correct = option.optionalBool("correct", false);
                    String feedback = option.optionalText("feedback");
                    option.reportUnknownKeys();
                    options.add(new SelfCheckOptionDefinition(text, correct, feedback));
                });
            }
            return options;
        }

        private Optional<FinalAssessmentDefinition> readAssessment(String folder, String id,
                                                                   SortedMap<String, byte[]> files) {
            String file = ContentLayout.FINAL_ASSESSMENT.file(folder, id);
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            files.put(file, bytes.get());
            Optional<YamlMapping> root = parse(file, bytes.get(), 0)
                    .flatMap(document -> YamlMapping.of(document, file, "", problems));
            if (root.isEmpty()) {
                return Optional.empty();
            }
            YamlMapping assessment = root.get();
            String title = assessment.text("title");
            String instructions = assessment.text("instructions");
            Integer questionsPerAttempt = assessment.wholeNumber("questionsPerAttempt");
            Integer passMark = assessment.wholeNumber("passMark");
            Integer attemptsAllowed = assessment.wholeNumber("attemptsAllowed");
            Integer cooldownMinutes = assessment.optionalWholeNumber("cooldownMinutes");
            List<?> questionEntries = assessment.list("questions");
            assessment.reportUnknownKeys();
            List<AssessmentQuestionDefinition> questions = new ArrayList<>();
            for (int i = 0; i < questionEntries.size(); i++) {
                String at = "questions[" + i + "]";
                YamlMapping.of(questionEntries.get(i), file, at, problems).ifPresent(entry -> {
                    String questionId = entry.id("id");
                    String lesson = entry.optionalId("lesson");
                    String question = entry.text("question");
                    List<?> optionEntries = entry.list("options");
                    entry.reportUnknownKeys();
                    questions.add(new AssessmentQuestionDefinition(questionId, lesson, question,
                            readOptions(file, at, optionEntries)));
                });
            }
            return Optional.of(new FinalAssessmentDefinition(id, file, title, instructions, questionsPerAttempt,
                    passMark, attemptsAllowed, cooldownMinutes == null ? 0 : cooldownMinutes, questions));
        }

        private Optional<ScenarioDefinition> readScenario(String folder, String id, SortedMap<String, byte[]> files) {
            String file = ContentLayout.SCENARIO.file(folder, id);
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            files.put(file, bytes.get());
            Optional<YamlMapping> root = parse(file, bytes.get(), 0)
                    .flatMap(document -> YamlMapping.of(document, file, "", problems));
            if (root.isEmpty()) {
                return Optional.empty();
            }
            YamlMapping scenario = root.get();
            String title = scenario.text("title");
            String summary = scenario.text("summary");
            Boolean required = scenario.bool("required");
            Optional<YamlMapping> setting = scenario.mapping("setting");
            String channel = setting.map(s -> s.text("channel")).orElse(null);
            String character = setting.map(s -> s.text("character")).orElse(null);
            setting.ifPresent(YamlMapping::reportUnknownKeys);
            String start = scenario.id("start");
            List<?> stepEntries = scenario.list("steps");
            List<?> endingEntries = scenario.list("endings");
            scenario.reportUnknownKeys();

            List<StepDefinition> steps = new ArrayList<>();
            for (int i = 0; i < stepEntries.size(); i++) {
                YamlMapping.of(stepEntries.get(i), file, "steps[" + i + "]", problems)
                        .ifPresent(step -> steps.add(readStep(file, step)));
            }
            List<EndingDefinition> endings = new ArrayList<>();
            for (int i = 0; i < endingEntries.size(); i++) {
                YamlMapping.of(endingEntries.get(i), file, "endings[" + i + "]", problems).ifPresent(ending -> {
                    endings.add(new EndingDefinition(ending.id("id"), ending.text("title"), ending.text("outcome")));
                    ending.reportUnknownKeys();
                });
            }
            return Optional.of(new ScenarioDefinition(id, file, title, summary, required, channel, character, start,
                    steps, endings));
        }

        private StepDefinition readStep(String file, YamlMapping step) {
            String id = step.id("id");
            String context = step.text("context");
            String mood = step.optionalText("mood");
            Integer waitedMinutes = step.optionalWholeNumber("waitedMinutes");
            String says = step.text("says");
            List<?> choiceEntries = step.list("choices");
            step.reportUnknownKeys();
            List<ChoiceDefinition> choices = new ArrayList<>();
            for (int i = 0; i < choiceEntries.size(); i++) {
                YamlMapping.of(choiceEntries.get(i), file, step.location("choices") + "[" + i + "]", problems)
                        .ifPresent(choice -> {
                            choices.add(new ChoiceDefinition(choice.id("id"), choice.text("reply"),
                                    choice.text("feedback"), choice.points("effects"), choice.optionalId("next"),
                                    choice.optionalText("critical")));
                            choice.reportUnknownKeys();
                        });
            }
            return new StepDefinition(id, context, mood, waitedMinutes, says, choices);
        }

        private List<String> texts(String file, String key, List<?> entries) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String text = YamlValues.text(entries.get(i), file, key + "[" + i + "]", problems);
                if (text != null) {
                    texts.add(text);
                }
            }
            return texts;
        }

        private Optional<byte[]> required(String file) {
            Optional<byte[]> bytes = source.read(file);
            if (bytes.isEmpty()) {
                problems.add(new ContentProblem(file, "", "file is missing"));
            }
            return bytes;
        }

        private Optional<Object> parse(String file, byte[] bytes, int lineOffset) {
            return decode(file, bytes).flatMap(text -> parseText(file, text, lineOffset));
        }

        /**
         * Parses one YAML document. An empty document is reported here, so callers only see real values.
         *
         * @param lineOffset lines before the text in its file (the front matter's opening line), for messages
         */
        private Optional<Object> parseText(String file, String text, int lineOffset) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(MAX_ALIASES);
            Yaml yaml = new Yaml(new SafeConstructor(options));
            try {
                Object document = yaml.load(text);
                if (document == null) {
                    problems.add(new ContentProblem(file, "", "file has no content"));
                }
                return Optional.ofNullable(document);
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark();
                String location = mark == null ? ""
                        : "line " + (mark.getLine() + 1 + lineOffset) + ", column " + (mark.getColumn() + 1);
                String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
                problems.add(new ContentProblem(file, location, "not valid YAML: " + problem));
            } catch (YAMLException e) {
                problems.add(new ContentProblem(file, "", "not valid YAML: " + e.getMessage()));
            }
            return Optional.empty();
        }

        private Optional<String> decode(String file, byte[] bytes) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                problems.add(new ContentProblem(file, "", "not UTF-8 text; save the file as UTF-8"));
                return Optional.empty();
            }
        }
    }
}
