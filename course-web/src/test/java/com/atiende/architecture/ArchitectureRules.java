package com.atiende.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The architecture README describes, as ArchUnit rules over the classes under a root package: {@code com.atiende}
 * for Atiende itself, a package of fixtures that break each rule for the tests that show each rule can fail. Layers
 * are found by package name (domain, assessment, infrastructure, web, api), so a fixture mirrors them under its own
 * root.
 */
final class ArchitectureRules {

    /**
     * A MicroProfile Config key of Atiende's in a class file's constants: "atiende.timezone", or one inside a server
     * expression ("${MPCONFIG=atiende.db.url:...}"); not "com.atiende.x" (a name) nor "atiende.signedIn" (an
     * attribute: keys are lower case).
     */
    private static final Pattern SETTING_KEY = Pattern.compile("(?<![\\w./])atiende(\\.[a-z]+)+(?!\\w)");

    private ArchitectureRules() {
    }

    /** The domain's rules run anywhere (unit tests, tools, any container): it knows no EJB, Faces, JAX-RS, Servlet or CDI scope. */
    static ArchRule domainKnowsNoFramework(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.faces..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "jakarta.enterprise.context..", "org.primefaces..")
                .because("the domain holds the rules and must run without a container");
    }

    /** Pages and the API see records, never entities or an EntityManager. */
    static ArchRule webSeesNoEntities(String root) {
        return noClasses().that().resideInAnyPackage(root + ".web..", root + ".api..")
                .should().dependOnClassesThat(persistence())
                .because("services hand the web serializable records: a bean that holds an entity cannot be replicated in"
                        + " a cluster and leaks lazy loading into views");
    }

    /** The domain and the application layer know nothing of the pages and the API built on them. */
    static ArchRule applicationKnowsNoWeb(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".assessment..", root + ".infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".web..", root + ".api..")
                .because("the web depends on the application layer, never the other way round");
    }

    /**
     * The application layer reaches the database through repositories (aggregates) and {@code *Queries} classes
     * (lists and reports) in {@code infrastructure.persistence.jpa}, never through an {@code EntityManager} of its own.
     */
    static ArchRule applicationUsesRepositoriesAndQueries(String root) {
        return noClasses().that().resideInAPackage(root + ".assessment..")
                .should().dependOnClassesThat().belongToAnyOf(EntityManager.class)
                .because("one rule for data access: a query written in a service is a query nobody finds again");
    }

    /** Application services, the stateless EJBs that pages, the API and timers call, are named {@code <Subject>Service}. */
    static ArchRule applicationServicesNamedService(String root) {
        return classes().that().resideInAPackage(root + ".assessment..").and().areAnnotatedWith(Stateless.class)
                .should().haveSimpleNameEndingWith("Service")
                .because("one convention, Cargo Tracker's (BookingService): a service is found by its name");
    }

    /** No two packages depend on each other, directly or through others. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one; shared pieces belong where their name says");
    }

    /** Settings are read in one place, Settings, with their defaults; the data source, expanded by the server, is the one exception. */
    static ArchRule settingsReadInOnePlace(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".infrastructure.config")
                .and().doNotHaveFullyQualifiedName(root + ".infrastructure.persistence.DatabaseMigration")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.config..")
                .orShould(nameASettingKey())
                .because("each setting and its default are written once, in Settings");
    }

    private static DescribedPredicate<JavaClass> persistence() {
        return DescribedPredicate.describe("are JPA entities, embeddables or jakarta.persistence",
                type -> type.getPackageName().startsWith("jakarta.persistence")
                        || type.isAnnotatedWith(Entity.class)
                        || type.isAnnotatedWith(Embeddable.class)
                        || type.isAnnotatedWith(MappedSuperclass.class));
    }

    private static ArchCondition<JavaClass> nameASettingKey() {
        return new ArchCondition<>("name a setting key (atiende.*)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (String constant : stringConstants(type)) {
                    if (SETTING_KEY.matcher(constant).find()) {
                        events.add(SimpleConditionEvent.satisfied(type,
                                type.getName() + " names the setting key \"" + constant + "\""));
                    }
                }
            }
        };
    }

    /**
     * The text constants of a class file (string literals, annotation values), read from its constant pool: ArchUnit
     * sees types and members, not literals.
     */
    static List<String> stringConstants(JavaClass type) {
        List<String> constants = new ArrayList<>();
        if (type.getSource().isEmpty()) {
            return constants;
        }
        try (InputStream file = type.getSource().get().getUri().toURL().openStream();
             DataInputStream in = new DataInputStream(file)) {
            in.skipNBytes(8);
            int count = in.readUnsignedShort();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> constants.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        index++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + type.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return constants;
    }
}
