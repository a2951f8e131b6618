package com.atiende.assessment.assignment;

import com.atiende.assessment.AssessmentException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An order that cannot be carried out as given, with every reason found at once, each about a field of the form
 * ({@link #COURSE}, {@link #DUE}, {@link #PEOPLE}) so that its message is shown next to it. Nothing was assigned. The
 * exception's own message key and arguments are the first reason's.
 */
public class AssignmentProblem extends AssessmentException {

    public static final String COURSE = "course";
    public static final String DUE = "due";
    public static final String PEOPLE = "people";

    private static final long serialVersionUID = 1L;

    /** One thing wrong with the order: the field it is about, the key of its message and the message's values. */
    public record Reason(String field, String messageKey, List<Serializable> arguments) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Reason(String field, String messageKey, Serializable... arguments) {
            this(field, messageKey, List.of(arguments));
        }

        public Reason {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String toString() {
            return field + ": " + messageKey + arguments;
        }
    }

    private final List<Reason> reasons;

    /** Refuses an order for these reasons, of which there is at least one. */
    public AssignmentProblem(List<Reason> reasons) {
        super(reasons.get(0).messageKey(),
                reasons.stream().map(Reason::toString).collect(Collectors.joining("; ")),
                reasons.get(0).arguments().toArray());
        this.reasons = List.copyOf(reasons);
    }

    /** Every reason the order was refused for, in the order of the form's fields. */
    public List<Reason> getReasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + Arrays.toString(reasons.toArray());
    }
}
