package com.atiende.assessment.account;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.learner.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports the employee directory from CSV (columns {@code name,email,department,manager,roles}; roles separated
 * by {@code |} or {@code ;}). Every bad line is reported with its line number and reason and then nothing is
 * imported: a directory is either taken whole or not at all. Managers may appear later in the file than the
 * people who report to them.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DirectoryImportService {

    public static final List<String> COLUMNS = List.of("name", "email", "department", "manager", "roles");
    public static final int MAX_LINES = 20_000;

    @Inject
    private AccountRegistry registry;

    @Inject
    private Validator validator;

    @Inject
    private AuditService audit;

    @Resource
    private SessionContext session;

    /** A problem on one line of the file. */
    public record LineProblem(long line, String reason) {
    }

    /** What an import did: how many people were added, or every problem that stopped it. */
    public record Result(int imported, List<LineProblem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    public Result importCsv(String actor, String csv) {
        List<LineProblem> problems = new ArrayList<>();
        List<Row> rows = parse(csv, problems);
        if (problems.isEmpty()) {
            for (Row row : ordered(rows)) {
                try {
                    registry.register(row.account());
                } catch (AccountProblem e) {
                    problems.add(new LineProblem(row.line(), reason(e)));
                }
            }
        }
        if (!problems.isEmpty()) {
            session.setRollbackOnly();
            return new Result(0, problems);
        }
        audit.record(AuditAction.DIRECTORY_IMPORTED, actor, null, AuditDetail.number(rows.size()), null);
        return new Result(rows.size(), List.of());
    }

    private record Row(long line, NewAccount account) {
    }

    private static String reason(AccountProblem problem) {
        return switch (problem.getKey()) {
            case "account.email.taken" -> "an account with e-mail " + problem.getArguments().get(0) + " already exists";
            case "account.manager.unknown" -> "manager " + problem.getArguments().get(0)
                    + " is not an existing account, nor someone in the file outside a reporting cycle";
            default -> problem.getKey();
        };
    }

    private List<Row> parse(String csv, List<LineProblem> problems) {
        List<Row> rows = new ArrayList<>();
        Map<String, Long> lineOfEmail = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new StringReader(csv == null ? "" : csv.replace("\uFEFF", ""));
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(COLUMNS)) {
                problems.add(new LineProblem(1, "the header must be exactly: " + String.join(",", COLUMNS)));
                return rows;
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.getRecordNumber() > MAX_LINES) {
                    problems.add(new LineProblem(line, "more than " + MAX_LINES + " people in one file"));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(new LineProblem(line, "expected " + COLUMNS.size() + " columns, found " + record.size()));
                    continue;
                }
                NewAccount row;
                try {
                    row = new NewAccount(record.get("email"), record.get("name"), record.get("department"),
                            record.get("manager"), roles(record.get("roles")), null);
                } catch (IllegalArgumentException e) {
                    problems.add(new LineProblem(line, e.getMessage()));
                    continue;
                }
                for (ConstraintViolation<NewAccount> violation : validator.validate(row)) {
                    problems.add(new LineProblem(line, violation.getPropertyPath() + ": " + violation.getMessage()));
                }
                Long earlier = lineOfEmail.putIfAbsent(row.email().toLowerCase(Locale.ROOT), line);
                if (earlier != null) {
                    problems.add(new LineProblem(line, "e-mail " + row.email() + " already on line " + earlier));
                }
                rows.add(new Row(line, row));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new LineProblem(0, "not a readable CSV file: " + e.getMessage()));
        }
        checkManagers(rows, problems);
        return rows;
    }

    private static void checkManagers(List<Row> rows, List<LineProblem> problems) {
        for (Row row : rows) {
            String manager = row.account().managerEmail();
            if (manager != null && !manager.isBlank() && manager.equalsIgnoreCase(row.account().email())) {
                problems.add(new LineProblem(row.line(), "a person cannot be their own manager"));
            }
        }
    }

    /** People before those who report to them, so each manager exists when their reports are added. */
    private static List<Row> ordered(List<Row> rows) {
        List<Row> pending = new ArrayList<>(rows);
        List<Row> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> inFile = new HashSet<>();
        rows.forEach(row -> inFile.add(row.account().email().toLowerCase(Locale.ROOT)));
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                Row row = iterator.next();
                String manager = row.account().managerEmail() == null ? "" : row.account().managerEmail().toLowerCase(Locale.ROOT);
                if (manager.isBlank() || !inFile.contains(manager) || placed.contains(manager)) {
                    ordered.add(row);
                    placed.add(row.account().email().toLowerCase(Locale.ROOT));
                    iterator.remove();
                    progress = true;
                }
            }
        }
        ordered.addAll(pending); // a reporting cycle: the manager look-up will report it
        return ordered;
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : (text == null ? "" : text).split("[|;]")) {
            if (!name.isBlank()) {
                try {
                    roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown role '" + name.strip() + "'");
                }
            }
        }
        return roles;
    }
}
