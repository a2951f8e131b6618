package com.atiende.assessment.account;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports the employee directory from CSV ({@link DirectoryFile}). Every bad line is reported with its line number
 * and reason and then nothing is imported: a directory is either taken whole or not at all. Managers may appear later in the file than the
 * people who report to them.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DirectoryImportService {

    public static final List<String> COLUMNS = DirectoryFile.COLUMNS;

    @Inject
    private AccountRegistry registry;

    @Inject
    private Validator validator;

    @Inject
    private AuditService audit;

    @Resource
    private SessionContext session;

    /**
     * A problem on one line of the file, as a message key and its arguments: {@code import.reason.*} and
     * {@code account.*} keys of the interface's messages, or, for {@link #INVALID}, the key of a Bean Validation
     * message as its one argument.
     */
    public record LineProblem(long line, String key, List<String> arguments) implements Serializable {

        public LineProblem {
            arguments = List.copyOf(arguments);
        }
    }

    /** The key of a problem whose one argument is the key of a Bean Validation message. */
    public static final String INVALID = "import.reason.invalid";

    /** What an import did: how many people were added, or every problem that stopped it. */
    public record Result(int imported, List<LineProblem> problems) implements Serializable {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    public Result importCsv(String actor, String csv) {
        DirectoryFile.Contents file = DirectoryFile.read(csv);
        List<LineProblem> problems = new ArrayList<>(file.problems());
        for (DirectoryFile.Row row : file.rows()) {
            for (ConstraintViolation<NewAccount> violation : validator.validate(row.account())) {
                problems.add(new LineProblem(row.line(), INVALID, List.of(messageKey(violation))));
            }
        }
        if (problems.isEmpty()) {
            for (DirectoryFile.Row row : ordered(file.rows())) {
                try {
                    registry.register(row.account());
                } catch (AccountProblem e) {
                    problems.add(new LineProblem(row.line(), reasonKey(e),
                            e.getArguments().stream().map(String::valueOf).toList()));
                }
            }
        }
        if (!problems.isEmpty()) {
            session.setRollbackOnly();
            problems.sort(Comparator.comparingLong(LineProblem::line));
            return new Result(0, problems);
        }
        audit.record(AuditAction.DIRECTORY_IMPORTED, actor, null, AuditDetail.number(file.rows().size()), null);
        return new Result(file.rows().size(), List.of());
    }

    /** The key of the constraint's message ({@code account.email.invalid}), for the reader's language. */
    private static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }

    private static String reasonKey(AccountProblem problem) {
        // A manager who is neither an account nor placed before their report is outside the file or in a cycle.
        return "account.manager.unknown".equals(problem.getKey()) ? "import.reason.managerUnknown" : problem.getKey();
    }

    /** People before those who report to them, so each manager exists when their reports are added. */
    private static List<DirectoryFile.Row> ordered(List<DirectoryFile.Row> rows) {
        List<DirectoryFile.Row> pending = new ArrayList<>(rows);
        List<DirectoryFile.Row> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> inFile = new HashSet<>();
        rows.forEach(row -> inFile.add(row.account().email().toLowerCase(Locale.ROOT)));
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                DirectoryFile.Row row = iterator.next();
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
}
