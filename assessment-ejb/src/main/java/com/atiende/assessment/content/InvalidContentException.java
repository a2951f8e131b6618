package com.atiende.assessment.content;

import com.atiende.domain.content.ValidationReport;
import jakarta.ejb.ApplicationException;

/** Content that the validator rejected; nothing of it was stored. The message lists every problem. */
@ApplicationException(rollback = true)
public class InvalidContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public InvalidContentException(ValidationReport report) {
        super("The content has " + report.problems().size() + " problem(s):\n" + report.describe());
        this.report = report;
    }

    public ValidationReport getReport() {
        return report;
    }
}
