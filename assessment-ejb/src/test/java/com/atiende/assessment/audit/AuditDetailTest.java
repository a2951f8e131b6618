package com.atiende.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.learner.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditDetailTest {

    @Test
    void eachFormIsReadBackInItsParts() {
        assertThat(AuditDetail.parts(AuditAction.ACCOUNT_CREATED, AuditDetail.roles(EnumSet.of(Role.HR, Role.EMPLOYEE))))
                .contains(List.of("EMPLOYEE, HR"));
        assertThat(AuditDetail.parts(AuditAction.ROLES_CHANGED,
                AuditDetail.rolesChanged(Set.of(Role.EMPLOYEE), EnumSet.of(Role.EMPLOYEE, Role.ADMIN))))
                .contains(List.of("EMPLOYEE", "ADMIN, EMPLOYEE"));
        assertThat(AuditDetail.parts(AuditAction.API_TOKEN_CREATED,
                AuditDetail.scopes(Set.of("reports:read", "courses:read"))))
                .contains(List.of("courses:read, reports:read"));
        assertThat(AuditDetail.parts(AuditAction.COURSE_PUBLISHED, AuditDetail.number(3))).contains(List.of("3"));
        assertThat(AuditDetail.parts(AuditAction.REPORT_EXPORTED,
                AuditDetail.export(12, "atencion", null, LocalDate.of(2026, 1, 1), null)))
                .contains(List.of("12", "atencion", "", "2026-01-01", ""));
        assertThat(AuditDetail.parts(AuditAction.CERTIFICATE_REVOKED,
                AuditDetail.revocation("ana@example.com", "atencion", 2, " Emitido por error; repetido ")))
                .contains(List.of("ana@example.com", "atencion", "2", "Emitido por error; repetido"));
        assertThat(AuditDetail.parts(AuditAction.COURSE_ASSIGNED,
                AuditDetail.assignment(LocalDate.of(2026, 12, 31), 40, 3, 1, 2)))
                .contains(List.of("2026-12-31", "40", "3", "1", "2"));
        assertThat(AuditDetail.parts(AuditAction.REPORT_EXPORTED,
                AuditDetail.assignmentExport(7, null, "Ventas", AssignmentState.COMPLETED_LATE)))
                .contains(List.of("7", "", "Ventas", "COMPLETED_LATE"));
        assertThat(AuditDetail.parts(AuditAction.ATTEMPT_FINISHED,
                AuditDetail.attempt("atencion", 2, 3, AttemptStatus.FAILED)))
                .contains(List.of("atencion", "2", "3", "FAILED"));
        assertThat(AuditDetail.parts(AuditAction.COURSE_COMPLETED, AuditDetail.number(1))).contains(List.of("1"));
        assertThat(AuditDetail.parts(AuditAction.CERTIFICATE_ISSUED,
                AuditDetail.issue("atencion", 1, LocalDate.of(2028, 12, 6))))
                .contains(List.of("atencion", "1", "2028-12-06"));
        assertThat(AuditDetail.parts(AuditAction.CERTIFICATE_ISSUED, AuditDetail.issue("atencion", 1, null)))
                .contains(List.of("atencion", "1", ""));
        assertThat(AuditDetail.items("ADMIN, EMPLOYEE")).containsExactly("ADMIN", "EMPLOYEE");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ACCOUNT_CREATED    | roles [EMPLOYEE]",
            "ROLES_CHANGED      | [EMPLOYEE] -> [EMPLOYEE, HR]",
            "API_TOKEN_CREATED  | scopes [courses:read]",
            "COURSE_PUBLISHED   | version 1",
            "DIRECTORY_IMPORTED | 12 people",
            "REPORT_EXPORTED    | 3 certificate PDFs; course any, department any, issued ... to ...",
            "CERTIFICATE_REVOKED | ana@example.com, atencion v1: Emitido por error",
            "COURSE_ASSIGNED    | escucha-empatia for Ventas by 31/12/2026",
            "ATTEMPT_FINISHED   | atencion v1, attempt 2 passed",
            "ATTEMPT_FINISHED   | atencion; 1; 2; WON",
            "CERTIFICATE_ISSUED | atencion v1 until 2028-12-06",
            "LOGIN_SUCCEEDED    | anything"})
    void aDetailWrittenBeforeTheseFormsIsNotReadAsOne(AuditAction action, String detail) {
        assertThat(AuditDetail.parts(action, detail)).isEmpty();
        assertThat(AuditDetail.parts(action, null)).isEmpty();
    }
}
