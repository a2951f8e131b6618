package com.atiende.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Atiende keeps the architecture README describes (checked over the production classes of every module on the
 * classpath), and each rule can fail: it rejects a fixture that breaks it, naming the offending class.
 */
class ArchitectureTest {

    private static final String ROOT = "com.atiende";
    private static final String FIXTURES = "com.atiende.architecture.fixture";

    private static final JavaClasses ATIENDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void seesEveryModule() {
        assertThat(ATIENDE.containPackage("com.atiende.domain.course")).isTrue();
        assertThat(ATIENDE.containPackage("com.atiende.assessment.attempt")).isTrue();
        assertThat(ATIENDE.containPackage("com.atiende.web.learner")).isTrue();
        assertThat(ATIENDE.containPackage(FIXTURES)).isFalse();
    }

    @Test
    void domainKnowsNoFramework() {
        ArchitectureRules.domainKnowsNoFramework(ROOT).check(ATIENDE);
        assertRejects(ArchitectureRules::domainKnowsNoFramework, "framework", "ScheduledRule");
    }

    @Test
    void webSeesNoEntities() {
        ArchitectureRules.webSeesNoEntities(ROOT).check(ATIENDE);
        assertRejects(ArchitectureRules::webSeesNoEntities, "entity", "CustomerPage");
    }

    @Test
    void applicationKnowsNoWeb() {
        ArchitectureRules.applicationKnowsNoWeb(ROOT).check(ATIENDE);
        assertRejects(ArchitectureRules::applicationKnowsNoWeb, "layers", "ReportService");
    }

    @Test
    void applicationUsesRepositoriesAndQueries() {
        ArchitectureRules.applicationUsesRepositoriesAndQueries(ROOT).check(ATIENDE);
        assertRejects(ArchitectureRules::applicationUsesRepositoriesAndQueries, "data", "OrderService");
    }

    @Test
    void applicationServicesNamedService() {
        ArchitectureRules.applicationServicesNamedService(ROOT).check(ATIENDE);
        assertRejects(ArchitectureRules::applicationServicesNamedService, "naming", "Reports");
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(ATIENDE);
        assertRejects(ArchitectureRules::noPackageCycles, "cycle", "Invoice");
    }

    @Test
    void settingsReadInOnePlace() {
        ArchitectureRules.settingsReadInOnePlace(ROOT).check(ATIENDE);
        assertRejects(ArchitectureRules::settingsReadInOnePlace, "settings", "ReminderService");
        assertRejects(ArchitectureRules::settingsReadInOnePlace, "settings", "\"atiende.timezone\"");
    }

    private static void assertRejects(Function<String, ArchRule> rule, String fixture, String offender) {
        String root = FIXTURES + "." + fixture;
        JavaClasses fixtures = new ClassFileImporter().importPackages(root);
        assertThatThrownBy(() -> rule.apply(root).check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender);
    }
}
