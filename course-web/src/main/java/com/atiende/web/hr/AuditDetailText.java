package com.atiende.web.hr;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.domain.audit.AuditAction;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * An audit event's detail in the reader's language: roles by their names, numbers with what they count, the filter
 * of an export with "any" for what it left open. A detail not of its action's form (recorded before that form was
 * used) is shown as stored.
 */
final class AuditDetailText {

    private final ResourceBundle messages;
    private final Locale locale;

    AuditDetailText(ResourceBundle messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String describe(AuditAction action, String detail) {
        return AuditDetail.parts(action, detail).map(parts -> switch (action) {
            case ACCOUNT_CREATED -> format("audit.detail.roles", roles(parts.get(0)));
            case ROLES_CHANGED -> format("audit.detail.rolesChanged", roles(parts.get(0)), roles(parts.get(1)));
            case API_TOKEN_CREATED -> format("audit.detail.scopes", parts.get(0));
            case COURSE_PUBLISHED, COURSE_COMPLETED -> format("audit.detail.version", Integer.valueOf(parts.get(0)));
            case DIRECTORY_IMPORTED -> format("audit.detail.people", Integer.valueOf(parts.get(0)));
            case REPORT_EXPORTED -> parts.size() == 4
                    ? format("audit.detail.assignmentExport", Long.valueOf(parts.get(0)), orAny(parts.get(1)),
                            orAny(parts.get(2)), parts.get(3).isEmpty() ? orAny("") : state(parts.get(3)))
                    : format("audit.detail.export", Integer.valueOf(parts.get(0)), orAny(parts.get(1)),
                            orAny(parts.get(2)), date(parts.get(3)), date(parts.get(4)));
            case CERTIFICATE_REVOKED -> format("audit.detail.revocation", parts.get(0), parts.get(1), parts.get(2),
                    parts.get(3));
            case COURSE_ASSIGNED -> format("audit.detail.assignment", date(parts.get(0)), Integer.valueOf(parts.get(1)),
                    Integer.valueOf(parts.get(2)), Integer.valueOf(parts.get(3)), Integer.valueOf(parts.get(4)));
            case ATTEMPT_FINISHED, FINAL_ASSESSMENT_SUBMITTED -> format("audit.detail.attempt", parts.get(0), parts.get(1), parts.get(2),
                    messages.getString("audit.detail.attempt." + parts.get(3)));
            case CERTIFICATE_ISSUED -> parts.get(2).isEmpty()
                    ? format("audit.detail.issueForever", parts.get(0), parts.get(1))
                    : format("audit.detail.issue", parts.get(0), parts.get(1), date(parts.get(2)));
            case ISSUER_KEY_ROTATED -> format("audit.detail.keyRotation", parts.get(0));
            default -> detail;
        }).orElse(detail);
    }

    private String roles(String list) {
        List<String> codes = AuditDetail.items(list);
        return codes.stream().map(code -> messages.getString("role." + code)).collect(Collectors.joining(", "));
    }

    private String state(String code) {
        String key = "assignment.state." + code;
        return messages.containsKey(key) ? messages.getString(key) : code;
    }

    private String orAny(String part) {
        return part.isEmpty() ? messages.getString("audit.detail.any") : part;
    }

    private String date(String part) {
        return part.isEmpty() ? "…"
                : LocalDate.parse(part).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), locale).format(arguments);
    }
}
