package com.atiende.assessment.account;

import com.atiende.domain.learner.Role;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The employee directory as a CSV file ({@code name,email,department,manager,roles}; roles separated by {@code |} or
 * {@code ;}), read into new accounts with every problem the file alone shows, each named by its line and by a message
 * key with arguments, so that the administrator reads it in their language. A file that is not well-formed CSV (an
 * unclosed quote) is a problem on the line where it starts, never an error.
 */
final class DirectoryFile {

    static final List<String> COLUMNS = List.of("name", "email", "department", "manager", "roles");
    static final int MAX_LINES = 20_000;

    /** commons-csv's words for where the trouble is, for a quote never closed and for text after a closing quote. */
    private static final Pattern TROUBLE_LINE = Pattern.compile("\\(startline (\\d+)\\)|at line: (\\d+)");
    private static final String UNCLOSED_QUOTE = "eof reached before encapsulated token finished";
    private static final String TEXT_AFTER_QUOTE = "invalid char";

    /** One person of the file and the line they are on. */
    record Row(long line, NewAccount account) {
    }

    /** The people read, and every problem found; rows are only to be used when there are no problems. */
    record Contents(List<Row> rows, List<DirectoryImportService.LineProblem> problems) {
    }

    private DirectoryFile() {
    }

    static Contents read(String csv) {
        List<Row> rows = new ArrayList<>();
        List<DirectoryImportService.LineProblem> problems = new ArrayList<>();
        Map<String, Long> lineOfEmail = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        CSVParser parser = null;
        try (Reader reader = new StringReader(csv == null ? "" : csv.replace("\uFEFF", ""))) {
            parser = CSVParser.parse(reader, format);
            List<String> header = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(COLUMNS)) {
                problems.add(problem(1, "import.reason.header", String.join(",", COLUMNS)));
                return new Contents(rows, problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.getRecordNumber() > MAX_LINES) {
                    problems.add(problem(line, "import.reason.tooMany", Integer.toString(MAX_LINES)));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(problem(line, "import.reason.columns", Integer.toString(COLUMNS.size()),
                            Integer.toString(record.size())));
                    continue;
                }
                String unknownRole = unknownRole(record.get("roles"));
                if (unknownRole != null) {
                    problems.add(problem(line, "import.reason.unknownRole", unknownRole,
                            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
                    continue;
                }
                NewAccount account = new NewAccount(record.get("email"), record.get("name"), record.get("department"),
                        record.get("manager"), roles(record.get("roles")), null);
                Long earlier = lineOfEmail.putIfAbsent(account.email().toLowerCase(Locale.ROOT), line);
                if (earlier != null && !account.email().isBlank()) {
                    problems.add(problem(line, "import.reason.duplicate", account.email(), Long.toString(earlier)));
                }
                String manager = account.managerEmail();
                if (manager != null && !manager.isBlank() && manager.equalsIgnoreCase(account.email())) {
                    problems.add(problem(line, "import.reason.ownManager"));
                }
                rows.add(new Row(line, account));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
            problems.add(malformed(e, line));
        }
        return new Contents(rows, problems);
    }

    /** What is wrong with a file commons-csv cannot read, on the line where the trouble starts. */
    private static DirectoryImportService.LineProblem malformed(Exception e, long lineReached) {
        String message = (e.getCause() == null ? String.valueOf(e.getMessage())
                : e.getMessage() + " " + e.getCause().getMessage()).toLowerCase(Locale.ROOT);
        Matcher where = TROUBLE_LINE.matcher(message);
        long line = where.find() ? Long.parseLong(where.group(1) != null ? where.group(1) : where.group(2)) : lineReached;
        if (message.contains(UNCLOSED_QUOTE)) {
            return problem(line, "import.reason.unclosedQuote");
        }
        if (message.contains(TEXT_AFTER_QUOTE)) {
            return problem(line, "import.reason.textAfterQuote");
        }
        return problem(line, "import.reason.unreadable");
    }

    private static DirectoryImportService.LineProblem problem(long line, String key, String... arguments) {
        return new DirectoryImportService.LineProblem(line, key, List.of(arguments));
    }

    private static String unknownRole(String text) {
        for (String name : names(text)) {
            try {
                Role.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return name;
            }
        }
        return null;
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names(text).forEach(name -> roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT))));
        return roles;
    }

    private static List<String> names(String text) {
        return Arrays.stream((text == null ? "" : text).split("[|;]")).map(String::strip).filter(name -> !name.isEmpty())
                .toList();
    }
}
