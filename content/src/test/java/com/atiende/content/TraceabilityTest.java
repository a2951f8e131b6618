package com.atiende.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** TRACEABILITY.md stays true: every seed idea has a row, every row names a lesson, every named file exists. */
class TraceabilityTest {

    private static final Path TRACEABILITY = Path.of("TRACEABILITY.md");
    private static final Path CONTENT = Path.of("src", "main", "resources", "content");
    private static final Path SEED_IDEAS = Path.of("..", "..", "shared", "SEED-IDEAS.md");
    private static final Pattern ROW = Pattern.compile("^\\| [^|]+ \\| (\\d{3}-\\d) \\| [^|]+ \\| (.+) \\|$");
    private static final Pattern PATH = Pattern.compile("`([a-z0-9-]+)/(lessons|scenarios)/([a-z0-9-]+)`");

    @Test
    void everyIdeaOfTheFiveSeedsHasARowWithALesson() throws IOException {
        Map<String, List<String>> rows = rows();

        List<String> expected = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            for (int idea = 1; idea <= 7; idea++) {
                expected.add(String.format("%03d-%d", seed, idea));
            }
        }
        assertThat(rows.keySet()).containsExactlyElementsOf(expected);
        rows.forEach((idea, paths) -> assertThat(paths).as(idea).anyMatch(path -> path.contains("/lessons/")));
    }

    @Test
    void coversTheIdeasListedInSharedSeedIdeasWhenPresent() throws IOException {
        // Outside the workspace the list is not beside the repository; the fixed 35 ids above still hold.
        assumeTrue(Files.exists(SEED_IDEAS), "shared/SEED-IDEAS.md beside the repository");
        Matcher ids = Pattern.compile("(?m)^- (\\d{3}-\\d) ").matcher(Files.readString(SEED_IDEAS, StandardCharsets.UTF_8));
        List<String> listed = new ArrayList<>();
        while (ids.find()) {
            listed.add(ids.group(1));
        }
        assertThat(rows().keySet()).containsExactlyElementsOf(listed);
    }

    @Test
    void everyNamedLessonAndScenarioExists() throws IOException {
        rows().forEach((idea, paths) -> paths.forEach(path -> {
            Matcher parts = PATH.matcher(path);
            assertThat(parts.matches()).as(idea + ": " + path).isTrue();
            String extension = parts.group(2).equals("lessons") ? ".md" : ".yaml";
            assertThat(CONTENT.resolve(parts.group(1)).resolve(parts.group(2)).resolve(parts.group(3) + extension))
                    .as(idea).exists();
        }));
    }

    private static Map<String, List<String>> rows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TRACEABILITY, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1), List.of(row.group(2).split(",\\s*")));
            }
        }
        return rows;
    }
}
