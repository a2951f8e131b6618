package com.atiende.assessment.account;

import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.config.Settings;
import com.atiende.infrastructure.security.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure someone can administer a fresh installation: when no active administrator exists, one is created
 * from ATIENDE_ADMIN_PASSWORD, or with a random password printed once to the log. In demo mode (ATIENDE_DEMO,
 * off by default) it also creates one account per role with a published password, so a newcomer can try every
 * role at once.
 */
@Singleton
@Startup
@DependsOn("ShippedContentLoader")
public class FirstRunAccounts {

    /** The password of every demo account; documented in README, which is why demo mode is off by default. */
    public static final String DEMO_PASSWORD = "Atiende-demo-2026";

    /** The demo people: e-mail, name, department, roles. */
    public static final List<DemoPerson> DEMO_PEOPLE = List.of(
            new DemoPerson("empleada@demo.atiende", "Lucía Empleada", "Atención al cliente", EnumSet.of(Role.EMPLOYEE)),
            new DemoPerson("formador@demo.atiende", "Tomás Formador", "Formación", EnumSet.of(Role.TRAINER, Role.EMPLOYEE)),
            new DemoPerson("rrhh@demo.atiende", "Rosa Recursos Humanos", "Personas", EnumSet.of(Role.HR, Role.EMPLOYEE)),
            new DemoPerson("admin@demo.atiende", "Andrés Administrador", "Sistemas", EnumSet.of(Role.ADMIN, Role.EMPLOYEE)));

    private static final Logger LOG = Logger.getLogger(FirstRunAccounts.class.getName());

    @Inject
    private LearnerRepository learners;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    /** One demo account. */
    public record DemoPerson(String email, String name, String department, Set<Role> roles) {
    }

    @PostConstruct
    void ensureAccounts() {
        if (settings.demo()) {
            DEMO_PEOPLE.stream()
                    .filter(person -> learners.findByEmail(person.email()).isEmpty())
                    .forEach(person -> create(person.email(), person.name(), person.department(), person.roles(), DEMO_PASSWORD));
            LOG.info(() -> "Demo mode: accounts " + DEMO_PEOPLE.stream().map(DemoPerson::email).toList()
                    + " with the password from the README");
        }
        if (learners.countActiveWithRole(Role.ADMIN) == 0) {
            String password = settings.adminPassword().orElseGet(passwords::generateTemporaryPassword);
            create(settings.adminEmail(), "Administrador", null, EnumSet.of(Role.ADMIN, Role.EMPLOYEE), password);
            if (settings.adminPassword().isPresent()) {
                LOG.info(() -> "Created administrator " + settings.adminEmail() + " with the password from ATIENDE_ADMIN_PASSWORD");
            } else {
                LOG.warning(() -> "Created administrator " + settings.adminEmail() + " with the one-time password " + password
                        + " (shown only now; set ATIENDE_ADMIN_PASSWORD to choose it)");
            }
        }
    }

    private void create(String email, String name, String department, Set<Role> roles, String password) {
        Learner learner = learners.findByEmail(email).orElseGet(() -> {
            Learner created = new Learner(email, name, department, roles, clock.instant());
            learners.store(created);
            return created;
        });
        roles.forEach(learner::grant);
        learner.activate();
        learner.changePasswordHash(passwords.hash(password.toCharArray()));
    }
}
