package com.atiende.assessment.assignment;

import com.atiende.assessment.AssessmentException;

/**
 * An order that cannot be carried out as given, and the field of the form it is about ({@link #COURSE},
 * {@link #DUE}, {@link #PEOPLE}), so that the message is shown next to it. Nothing was assigned.
 */
public class AssignmentProblem extends AssessmentException {

    public static final String COURSE = "course";
    public static final String DUE = "due";
    public static final String PEOPLE = "people";

    private static final long serialVersionUID = 1L;

    private final String field;

    public AssignmentProblem(String field, String messageKey, Object... arguments) {
        super(messageKey, field + ": " + messageKey, arguments);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
