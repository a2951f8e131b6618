package com.atiende.domain.enrolment;

/** Which assigned courses to list: by course, department and state; null for any. */
public record AssignmentFilter(String courseCode, String department, AssignmentState state) {

    public static final AssignmentFilter NONE = new AssignmentFilter(null, null, null);

    public AssignmentFilter {
        courseCode = blankToNull(courseCode);
        department = blankToNull(department);
    }

    public AssignmentFilter withState(AssignmentState newState) {
        return new AssignmentFilter(courseCode, department, newState);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
