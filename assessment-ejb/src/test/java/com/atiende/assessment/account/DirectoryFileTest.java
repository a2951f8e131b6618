package com.atiende.assessment.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.assessment.account.DirectoryImportService.LineProblem;
import com.atiende.domain.learner.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryFileTest {

    private static final String HEADER = "name,email,department,manager,roles\n";

    @Test
    void readsPeopleWithTheirLinesAndRoles() {
        DirectoryFile.Contents file = DirectoryFile.read(HEADER + """
                Ana Jefa,ana@ejemplo.com,Ventas,,EMPLOYEE|HR
                "Pérez, Bruno",bruno@ejemplo.com,Ventas,ana@ejemplo.com,employee; trainer
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(DirectoryFile.Row::line).containsExactly(2L, 3L);
        assertThat(file.rows().get(1).account().displayName()).isEqualTo("Pérez, Bruno");
        assertThat(file.rows().get(1).account().roles()).isEqualTo(Set.of(Role.EMPLOYEE, Role.TRAINER));
    }

    @Test
    void anUnclosedQuoteIsAProblemOnItsLineNotAnError() {
        DirectoryFile.Contents file = DirectoryFile.read(HEADER + """
                Ana Jefa,ana@ejemplo.com,Ventas,,EMPLOYEE
                "Comillas sin cerrar,x@ejemplo.com,Ventas,,EMPLOYEE
                Carla,carla@ejemplo.com,Ventas,,EMPLOYEE
                """);

        assertThat(file.problems()).containsExactly(new LineProblem(3, "import.reason.unclosedQuote", List.of()));
    }

    @Test
    void textAfterAClosingQuoteIsNamed() {
        DirectoryFile.Contents file = DirectoryFile.read(HEADER + "\"Ana\" Jefa,ana@ejemplo.com,Ventas,,EMPLOYEE\n");

        assertThat(file.problems()).containsExactly(new LineProblem(2, "import.reason.textAfterQuote", List.of()));
    }

    @Test
    void namesEveryProblemOfTheFileByKeyAndLine() {
        DirectoryFile.Contents file = DirectoryFile.read(HEADER + """
                Ana Jefa,ana@ejemplo.com,Ventas,,EMPLOYEE
                Sin columnas,b@ejemplo.com
                Carla Rol Raro,carla@ejemplo.com,Ventas,,EMPLOYEE|JEFAZO
                Ana Otra,ANA@ejemplo.com,Ventas,,EMPLOYEE
                Dario,dario@ejemplo.com,Ventas,dario@ejemplo.com,EMPLOYEE
                """);

        assertThat(file.problems()).containsExactly(
                new LineProblem(3, "import.reason.columns", List.of("5", "2")),
                new LineProblem(4, "import.reason.unknownRole", List.of("JEFAZO", "EMPLOYEE, TRAINER, HR, ADMIN")),
                new LineProblem(5, "import.reason.duplicate", List.of("ANA@ejemplo.com", "2")),
                new LineProblem(6, "import.reason.ownManager", List.of()));
    }

    @Test
    void aWrongHeaderIsTheOneProblem() {
        assertThat(DirectoryFile.read("nombre,correo\nAna,ana@ejemplo.com\n").problems())
                .containsExactly(new LineProblem(1, "import.reason.header",
                        List.of("name,email,department,manager,roles")));
    }
}
