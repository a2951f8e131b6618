package com.atiende.assessment.audit;

import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.learner.Role;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The detail of an audit event as stored: codes, numbers and dates rather than words, so that the audit page can say
 * it in the reader's language, and one place that writes and reads each form. A list is its items sorted and joined
 * by a comma ({@code EMPLOYEE, HR}); a change is {@code before → after}; several parts are joined by a semicolon,
 * an empty part meaning "any" ({@code 12; atencion; ; 2026-01-01; }).
 */
public final class AuditDetail {

    static final String LIST = ", ";
    static final String CHANGE = " → ";
    static final String PARTS = "; ";

    /** How many parts each action's detail has, for the actions whose detail is more than one part. */
    private static final int EXPORT_PARTS = 5;
    private static final int ASSIGNMENT_EXPORT_PARTS = 4;
    private static final int REVOCATION_PARTS = 4;
    private static final int ASSIGNMENT_PARTS = 5;
    private static final int ATTEMPT_PARTS = 4;
    private static final int ISSUE_PARTS = 3;

    private AuditDetail() {
    }

    /** {@code ACCOUNT_CREATED}: the roles given. */
    public static String roles(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(LIST));
    }

    /** {@code ROLES_CHANGED}: the roles before and after. */
    public static String rolesChanged(Collection<Role> before, Collection<Role> after) {
        return roles(before) + CHANGE + roles(after);
    }

    /** {@code API_TOKEN_CREATED}: the scopes granted. */
    public static String scopes(Collection<String> scopes) {
        return scopes.stream().sorted().collect(Collectors.joining(LIST));
    }

    /**
     * {@code COURSE_PUBLISHED} and {@code COURSE_COMPLETED} (the version) and {@code DIRECTORY_IMPORTED} (the people):
     * a number.
     */
    public static String number(int number) {
        return String.valueOf(number);
    }

    /** {@code REPORT_EXPORTED}: how many certificate PDFs, and the filter (course, department, issued from, until). */
    public static String export(int files, String courseCode, String department, LocalDate issuedFrom,
                                LocalDate issuedUntil) {
        return String.join(PARTS, String.valueOf(files), part(courseCode), part(department), part(issuedFrom),
                part(issuedUntil));
    }

    /**
     * {@code REPORT_EXPORTED} of assigned courses: how many rows, and the filter (course, department, state).
     */
    public static String assignmentExport(long rows, String courseCode, String department,
                                          AssignmentState state) {
        return String.join(PARTS, String.valueOf(rows), part(courseCode), part(department),
                state == null ? "" : state.name());
    }

    /** {@code CERTIFICATE_REVOKED}: whose certificate, of which course version, and why (the reason last). */
    public static String revocation(String email, String courseCode, int courseVersion, String reason) {
        return String.join(PARTS, email, courseCode, String.valueOf(courseVersion), reason.strip());
    }

    /**
     * {@code COURSE_ASSIGNED} (the course is the subject): the day it is due by, and how many people were enrolled,
     * given the date, already due that day, already certified.
     */
    public static String assignment(LocalDate dueOn, int enrolled, int dueDateSet, int alreadyDue,
                                    int alreadyCertified) {
        return String.join(PARTS, dueOn.toString(), String.valueOf(enrolled), String.valueOf(dueDateSet),
                String.valueOf(alreadyDue), String.valueOf(alreadyCertified));
    }

    /**
     * {@code ATTEMPT_FINISHED} (the scenario is the subject) and {@code FINAL_ASSESSMENT_SUBMITTED} (the assessment
     * is): the course and its version, the attempt's number and how it ended ({@code PASSED} or {@code FAILED}).
     */
    public static String attempt(String courseCode, int courseVersion, int attemptNumber, AttemptStatus status) {
        return String.join(PARTS, courseCode, String.valueOf(courseVersion), String.valueOf(attemptNumber),
                status.name());
    }

    /**
     * {@code CERTIFICATE_ISSUED} (the verification code is the subject): the course, its version and the day the
     * certificate expires (empty when it does not).
     */
    public static String issue(String courseCode, int courseVersion, LocalDate expiresOn) {
        return String.join(PARTS, courseCode, String.valueOf(courseVersion), part(expiresOn));
    }

    /**
     * {@code ISSUER_KEY_ROTATED} (the new key's id is the subject): the id of the key it retired, empty when there was
     * none yet.
     */
    public static String keyRotation(String retiredKeyId) {
        return part(retiredKeyId);
    }

    /**
     * The parts of a stored detail, for the audit page: a list or a change comes back as its parts as written
     * (a list as one string), an export as its five parts (empty for "any"; four for an export of assigned courses), a
     * revocation as its four, an assignment as its five, a finished attempt as its four, an issued certificate as its
     * three, a key rotation as the key it retired; empty when the detail is not of its action's form (an event recorded before this form was used), which is
     * then shown as it is.
     */
    public static Optional<List<String>> parts(AuditAction action, String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        return switch (action) {
            case ACCOUNT_CREATED -> isRoles(detail) ? Optional.of(List.of(detail)) : Optional.empty();
            case ROLES_CHANGED -> split(detail, CHANGE, 2)
                    .filter(parts -> parts.stream().allMatch(AuditDetail::isRoles));
            case API_TOKEN_CREATED -> items(detail).stream().allMatch(scope -> scope.matches("[a-z-]+:[a-z-]+"))
                    ? Optional.of(List.of(detail)) : Optional.empty();
            case COURSE_PUBLISHED, COURSE_COMPLETED, DIRECTORY_IMPORTED -> detail.matches("\\d+")
                    ? Optional.of(List.of(detail)) : Optional.empty();
            case REPORT_EXPORTED -> split(detail, PARTS, EXPORT_PARTS)
                    .or(() -> split(detail, PARTS, ASSIGNMENT_EXPORT_PARTS))
                    .filter(parts -> parts.get(0).matches("\\d+"));
            case CERTIFICATE_REVOKED -> split(detail, PARTS, REVOCATION_PARTS)
                    .filter(parts -> parts.get(2).matches("\\d+"));
            case COURSE_ASSIGNED -> split(detail, PARTS, ASSIGNMENT_PARTS)
                    .filter(parts -> parts.get(0).matches("\\d{4}-\\d{2}-\\d{2}")
                            && parts.subList(1, ASSIGNMENT_PARTS).stream().allMatch(part -> part.matches("\\d+")));
            case ATTEMPT_FINISHED, FINAL_ASSESSMENT_SUBMITTED -> split(detail, PARTS, ATTEMPT_PARTS)
                    .filter(parts -> parts.get(1).matches("\\d+") && parts.get(2).matches("\\d+")
                            && Arrays.stream(AttemptStatus.values())
                                    .anyMatch(status -> status.name().equals(parts.get(3))));
            case ISSUER_KEY_ROTATED -> detail.matches("[A-Za-z0-9_-]{1,100}") ? Optional.of(List.of(detail))
                    : Optional.empty();
            case CERTIFICATE_ISSUED -> split(detail, PARTS, ISSUE_PARTS)
                    .filter(parts -> parts.get(1).matches("\\d+")
                            && parts.get(2).matches("(\\d{4}-\\d{2}-\\d{2})?"));
            default -> Optional.empty();
        };
    }

    /** The items of a list part. */
    public static List<String> items(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(LIST));
    }

    private static boolean isRoles(String list) {
        return items(list).stream()
                .allMatch(item -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(item)));
    }

    private static Optional<List<String>> split(String detail, String separator, int count) {
        String[] parts = detail.split(Pattern.quote(separator), count);
        return parts.length == count ? Optional.of(List.of(parts)) : Optional.empty();
    }

    private static String part(Object value) {
        return Objects.toString(value, "");
    }
}
