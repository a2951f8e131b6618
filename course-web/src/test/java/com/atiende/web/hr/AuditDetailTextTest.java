package com.atiende.web.hr;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.domain.attempt.AttemptStatus;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.learner.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditDetailTextTest {

    private final AuditDetailText spanish = text("es");
    private final AuditDetailText english = text("en");

    @Test
    void rolesAreNamedInTheReadersLanguage() {
        String change = AuditDetail.rolesChanged(Set.of(Role.EMPLOYEE), EnumSet.of(Role.EMPLOYEE, Role.HR));

        assertThat(spanish.describe(AuditAction.ROLES_CHANGED, change)).isEqualTo("Roles: Empleado/a → Empleado/a, RR. HH.");
        assertThat(spanish.describe(AuditAction.ACCOUNT_CREATED, AuditDetail.roles(Set.of(Role.ADMIN))))
                .isEqualTo("Roles: Administración");
        assertThat(english.describe(AuditAction.ACCOUNT_CREATED, AuditDetail.roles(Set.of(Role.ADMIN))))
                .startsWith("Roles: ").doesNotContain("ADMIN");
    }

    @Test
    void numbersAndTheExportFilterAreSaidInWords() {
        assertThat(spanish.describe(AuditAction.COURSE_PUBLISHED, AuditDetail.number(2))).isEqualTo("Versión 2");
        assertThat(spanish.describe(AuditAction.DIRECTORY_IMPORTED, AuditDetail.number(1))).isEqualTo("1 persona");
        assertThat(english.describe(AuditAction.DIRECTORY_IMPORTED, AuditDetail.number(1200))).isEqualTo("1,200 people");
        assertThat(spanish.describe(AuditAction.API_TOKEN_CREATED, AuditDetail.scopes(Set.of("courses:read"))))
                .isEqualTo("Permisos: courses:read");
        assertThat(spanish.describe(AuditAction.REPORT_EXPORTED,
                AuditDetail.export(3, "atencion", null, LocalDate.of(2026, 1, 31), null)))
                .isEqualTo("3 PDF de certificados; curso: atencion; departamento: cualquiera; emitidos: 31 ene 2026 – …");
        assertThat(english.describe(AuditAction.REPORT_EXPORTED, AuditDetail.export(1, null, "Ventas", null, null)))
                .isEqualTo("1 certificate PDF; course: any; department: Ventas; issued: … – …");
        assertThat(spanish.describe(AuditAction.CERTIFICATE_REVOKED,
                AuditDetail.revocation("ana@example.com", "atencion", 1, "Emitido por error")))
                .isEqualTo("ana@example.com, atencion v1: Emitido por error");
        assertThat(spanish.describe(AuditAction.REPORT_EXPORTED,
                AuditDetail.assignmentExport(1, "atencion", null, AssignmentState.OVERDUE)))
                .isEqualTo("1 fila de cursos asignados (CSV); curso: atencion; departamento: cualquiera; estado: Fuera de plazo");
        assertThat(english.describe(AuditAction.REPORT_EXPORTED, AuditDetail.assignmentExport(0, null, null, null)))
                .isEqualTo("0 rows of assigned courses (CSV); course: any; department: any; state: any");
        assertThat(spanish.describe(AuditAction.COURSE_ASSIGNED,
                AuditDetail.assignment(LocalDate.of(2026, 12, 31), 1200, 3, 0, 2)))
                .isEqualTo("Para el 31 dic 2026: 1.200 inscritas, 3 con nueva fecha, 0 ya tenían esa fecha, 2 ya certificadas");
    }

    @Test
    void aKeyRotationNamesTheKeyItRetired() {
        assertThat(spanish.describe(AuditAction.ISSUER_KEY_ROTATED, AuditDetail.keyRotation("aB3_x-9")))
                .isEqualTo("Sustituye a la clave aB3_x-9");
        assertThat(english.describe(AuditAction.ISSUER_KEY_ROTATED, AuditDetail.keyRotation("aB3_x-9")))
                .isEqualTo("Replaces the key aB3_x-9");
        assertThat(english.describe(AuditAction.ISSUER_KEY_ROTATED, AuditDetail.keyRotation(null))).isEmpty();
    }

    @Test
    void finishedAttemptsCompletionsAndIssuedCertificatesAreSaidInWords() {
        assertThat(spanish.describe(AuditAction.ATTEMPT_FINISHED,
                AuditDetail.attempt("atencion", 2, 3, AttemptStatus.PASSED)))
                .isEqualTo("atencion v2, intento 3: superado");
        assertThat(english.describe(AuditAction.ATTEMPT_FINISHED,
                AuditDetail.attempt("atencion", 1, 1, AttemptStatus.FAILED)))
                .isEqualTo("atencion v1, attempt 1: not passed");
        assertThat(spanish.describe(AuditAction.COURSE_COMPLETED, AuditDetail.number(2))).isEqualTo("Versión 2");
        assertThat(spanish.describe(AuditAction.CERTIFICATE_ISSUED,
                AuditDetail.issue("atencion", 1, LocalDate.of(2028, 12, 6))))
                .isEqualTo("atencion v1, válido hasta 6 dic 2028");
        assertThat(english.describe(AuditAction.CERTIFICATE_ISSUED, AuditDetail.issue("atencion", 1, null)))
                .isEqualTo("atencion v1, no expiry");
    }

    @Test
    void aDetailOfAnOlderFormIsShownAsStored() {
        assertThat(spanish.describe(AuditAction.ROLES_CHANGED, "[EMPLOYEE] -> [EMPLOYEE, HR]"))
                .isEqualTo("[EMPLOYEE] -> [EMPLOYEE, HR]");
        assertThat(spanish.describe(AuditAction.LOGIN_SUCCEEDED, null)).isNull();
    }

    private static AuditDetailText text(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new AuditDetailText(ResourceBundle.getBundle("com.atiende.web.i18n.messages", locale), locale);
    }
}
