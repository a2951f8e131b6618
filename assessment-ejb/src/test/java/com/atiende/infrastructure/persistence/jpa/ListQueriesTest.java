package com.atiende.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.atiende.assessment.grading.TestCourse;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.audit.AuditEvent;
import com.atiende.domain.certificate.Certificate;
import com.atiende.domain.course.Course;
import com.atiende.domain.enrolment.AssignmentFilter;
import com.atiende.domain.enrolment.AssignmentState;
import com.atiende.domain.enrolment.Enrolment;
import com.atiende.domain.learner.ApiToken;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.persistence.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code *Queries} classes against the real migrations on a fresh database (H2, or PostgreSQL with
 * {@code -Datiende.it.db=postgresql}), as LearningRecordsMappingTest does for the entities: what each list holds,
 * in which order, and the statements a page costs.
 */
class ListQueriesTest {

    private static final Instant AT = TestCourse.AT;

    /** The SQL the last {@link #ids} call sent. */
    private final List<Sent> statements = new ArrayList<>();

    private MigratedDatabase database;
    private EntityManagerFactory factory;
    private Course course;

    @BeforeEach
    void migrateAndConnect() {
        database = MigratedDatabase.create("queries");
        factory = database.factory();
        course = TestCourse.course();
        inTransaction(em -> {
            TestCourse.COMPETENCIES.values().forEach(em::persist);
            em.persist(course);
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void listsAssignedCoursesByStateCourseAndDepartment() {
        Instant due = AT.plus(Duration.ofDays(7));
        Learner ana = employee("ana@example.com", "Ana", "Ventas");
        Learner bea = employee("bea@example.com", "Bea", "Ventas");
        Learner ciro = employee("ciro@example.com", "Ciro", "Almacén");
        Learner dani = employee("dani@example.com", "Dani", "Almacén");
        Learner eva = employee("eva@example.com", "Eva", "Almacén");
        inTransaction(em -> {
            Course taken = em.merge(course);
            em.persist(new Enrolment(em.merge(ana), taken, AT, due));
            em.persist(new Enrolment(em.merge(bea), taken, AT, due.minus(Duration.ofDays(14))));
            completed(em, new Enrolment(em.merge(ciro), taken, AT, due), due);
            completed(em, new Enrolment(em.merge(dani), taken, AT, AT), AT.plusSeconds(1));
            em.persist(new Enrolment(em.merge(eva), taken, AT, null));
        });
        AssignmentQueries queries = new AssignmentQueries();

        Map<AssignmentState, List<String>> byState = new EnumMap<>(AssignmentState.class);
        Map<AssignmentState, Long> counted = new EnumMap<>(AssignmentState.class);
        for (AssignmentState state : AssignmentState.values()) {
            AssignmentFilter filter = new AssignmentFilter(null, null, state);
            byState.put(state, assigned(filter));
            counted.put(state, read(em -> with(queries, em).count(filter, AT)));
        }
        List<String> all = assigned(AssignmentFilter.NONE);
        Map<AssignmentState, Long> summary = read(em -> with(queries, em).countByState(
                new AssignmentFilter(null, null, AssignmentState.OVERDUE), AT));
        Map<AssignmentState, Long> none = read(em -> with(queries, em).countByState(
                new AssignmentFilter("otro", null, null), AT));
        long inWarehouse = read(em -> with(queries, em).count(new AssignmentFilter("curso", "Almacén", null), AT));
        long inOtherCourse = read(em -> with(queries, em).count(new AssignmentFilter("otro", null, null), AT));

        assertThat(byState).containsExactly(
                entry(AssignmentState.PENDING, List.of("ana@example.com")),
                entry(AssignmentState.OVERDUE, List.of("bea@example.com")),
                entry(AssignmentState.COMPLETED_ON_TIME, List.of("ciro@example.com")),
                entry(AssignmentState.COMPLETED_LATE, List.of("dani@example.com")));
        assertThat(counted).containsOnly(entry(AssignmentState.PENDING, 1L), entry(AssignmentState.OVERDUE, 1L),
                entry(AssignmentState.COMPLETED_ON_TIME, 1L), entry(AssignmentState.COMPLETED_LATE, 1L));
        assertThat(all).as("open first, soonest due first; Eva's course is due by no date")
                .containsExactly("bea@example.com", "ana@example.com", "dani@example.com", "ciro@example.com");
        assertThat(summary).as("in one pass, the filter's state aside").isEqualTo(counted);
        assertThat(none).containsOnly(entry(AssignmentState.PENDING, 0L), entry(AssignmentState.OVERDUE, 0L),
                entry(AssignmentState.COMPLETED_ON_TIME, 0L), entry(AssignmentState.COMPLETED_LATE, 0L));
        assertThat(inWarehouse).isEqualTo(2);
        assertThat(inOtherCourse).isZero();
    }

    @Test
    void listsPeopleByNameWhoseNameEmailOrDepartmentMatchWithTheirRoles() {
        employee("luis@example.com", "Luis", "Almacén");
        Learner rita = new Learner("rita@example.com", "Rita", "Personas", Set.of(Role.HR, Role.EMPLOYEE), AT);
        inTransaction(em -> em.persist(rita));
        employee("ana@example.com", "Ana", null);
        PeopleQueries queries = new PeopleQueries();

        List<Learner> everyone = read(em -> with(queries, em).page(null, null, 0, 10));
        List<Learner> inWarehouse = read(em -> with(queries, em).page(" almacén ", null, 0, 10));
        long byEmail = read(em -> with(queries, em).count("RITA@"));
        List<String> departments = read(em -> with(queries, em).departments());

        assertThat(everyone).extracting(Learner::getDisplayName).containsExactly("Ana", "Luis", "Rita");
        assertThat(everyone.get(2).getRoles()).containsExactly(Role.EMPLOYEE, Role.HR);
        assertThat(inWarehouse).extracting(Learner::getEmail).containsExactly("luis@example.com");
        assertThat(byEmail).isEqualTo(1);
        assertThat(departments).containsExactly("Almacén", "Personas");
    }

    @Test
    void listsTheAuditLogNewestFirstByActionAndWho() {
        inTransaction(em -> {
            em.persist(new AuditEvent(AT, AuditAction.LOGIN_SUCCEEDED, "ana@example.com", null, null, null));
            em.persist(new AuditEvent(AT.plusSeconds(1), AuditAction.ACCOUNT_CREATED, "admin@example.com",
                    "luis@example.com", "EMPLOYEE", null));
            em.persist(new AuditEvent(AT.plusSeconds(2), AuditAction.LOGIN_SUCCEEDED, "luis@example.com", null, null, null));
        });
        AuditQueries queries = new AuditQueries();

        List<AuditEvent> all = read(em -> with(queries, em).page(null, null, null, 0, 10));
        List<AuditEvent> aboutLuis = read(em -> with(queries, em).page(null, "LUIS", null, 0, 10));
        List<AuditEvent> luisSigningIn = read(em -> with(queries, em).page(AuditAction.LOGIN_SUCCEEDED, "luis", null, 0, 10));
        long signIns = read(em -> with(queries, em).count(AuditAction.LOGIN_SUCCEEDED, null));

        assertThat(all).extracting(AuditEvent::getActor)
                .containsExactly("luis@example.com", "admin@example.com", "ana@example.com");
        assertThat(aboutLuis).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.LOGIN_SUCCEEDED, AuditAction.ACCOUNT_CREATED);
        assertThat(luisSigningIn).extracting(AuditEvent::getActor).containsExactly("luis@example.com");
        assertThat(signIns).isEqualTo(2);
    }

    @Test
    void listsAnOwnersTokensNewestFirstWithTheirScopes() {
        Learner rita = employee("rita@example.com", "Rita", null);
        Learner luis = employee("luis@example.com", "Luis", null);
        inTransaction(em -> {
            em.persist(token(em.merge(rita), "primero", AT));
            em.persist(token(em.merge(rita), "segundo", AT.plusSeconds(60)));
            em.persist(token(em.merge(luis), "ajeno", AT));
        });
        ApiTokenQueries queries = new ApiTokenQueries();

        List<ApiToken> ritas = read(em -> with(queries, em).ofOwner(rita.getId(), null, 0, 10));

        assertThat(ritas).extracting(ApiToken::getLabel).containsExactly("segundo", "primero");
        assertThat(ritas.get(0).getScopes()).containsExactlyInAnyOrder("courses:read", "reports:read");
    }

    @Test
    void listsTheRegisterByCourseDepartmentAndPeriodNewestFirst() {
        Learner ana = employee("ana@example.com", "Ana", "Ventas");
        Learner luis = employee("luis@example.com", "Luis", "Almacén");
        Learner eva = employee("eva@example.com", "Eva", "Ventas");
        certify(ana, "ABCDEFGHJKMN", AT);
        certify(luis, "BCDEFGHJKMNP", AT.plus(Duration.ofDays(1)));
        certify(eva, "CDEFGHJKMNPQ", AT.plus(Duration.ofDays(2)));
        CertificateQueries queries = new CertificateQueries();
        CertificateQueries.Criteria everything = new CertificateQueries.Criteria(null, null, null, null);
        CertificateQueries.Criteria salesFromTheSecondDay = new CertificateQueries.Criteria("curso", "Ventas",
                AT.plusSeconds(1), AT.plus(Duration.ofDays(3)));

        List<String> all = read(em -> codes(with(queries, em).page(everything, null, 0, 10)));
        List<String> sales = read(em -> codes(with(queries, em).page(salesFromTheSecondDay, null, 0, 10)));
        long inOtherCourse = read(em -> with(queries, em).count(new CertificateQueries.Criteria("otro", null, null,
                null)));
        long newest = read(em -> with(queries, em).page(everything, null, 0, 1)).get(0).getId();
        Certificate drawn = read(em -> with(queries, em).withHolderAndCourse(newest)).orElseThrow();

        assertThat(all).containsExactly("CDEFGHJKMNPQ", "BCDEFGHJKMNP", "ABCDEFGHJKMN");
        assertThat(sales).containsExactly("CDEFGHJKMNPQ");
        assertThat(inOtherCourse).isZero();
        assertThat(drawn.getLearner().getEmail()).isEqualTo("eva@example.com");
        assertThat(drawn.getCourse().getCode()).isEqualTo("curso");
        assertThat(drawn.getLearner().getEmail()).isEqualTo("eva@example.com");
        assertThat(drawn.getCourse().getCode()).isEqualTo("curso");
    }

    @Test
    void aSecondPageOfPeopleByKeyIsWhatOffsetGaveWithoutAnOffset() {
        for (String name : List.of("Bea", "Ana", "Ciro", "Ana", "Bea", "Ana", "Dani")) {
            employee(name.toLowerCase() + UUID.randomUUID() + "@example.com", name, null);
        }
        PeopleQueries queries = new PeopleQueries();
        List<Learner> firstPage = read(em -> with(queries, em).page(null, null, 0, 3));
        Learner last = firstPage.get(2);

        List<Long> byKey = ids(() -> read(em -> with(queries, em).page(null, last.getDisplayName(), last.getId(), 3)),
                Learner::getId);
        List<Long> byOffset = read(em -> em.createQuery("SELECT l.id FROM Learner l ORDER BY l.displayName, l.id",
                Long.class).setFirstResult(3).setMaxResults(3).getResultList());

        assertThat(byKey).hasSize(3).isEqualTo(byOffset);
        assertThat(statements).as("the page, and the roles of all its people").hasSize(2)
                .allMatch(Sent::skipsNothing);
    }

    @Test
    void aSecondPageOfTheAuditLogByKeyIsWhatOffsetGaveWithoutAnOffset() {
        inTransaction(em -> {
            for (int second : new int[] {0, 1, 1, 1, 2, 2, 3}) {
                em.persist(new AuditEvent(AT.plusSeconds(second), AuditAction.LOGIN_SUCCEEDED, "ana@example.com",
                        null, null, null));
            }
        });
        AuditQueries queries = new AuditQueries();
        AuditEvent last = read(em -> with(queries, em).page(null, "ana", null, 0, 3)).get(2);

        List<Long> byKey = ids(() -> read(em -> with(queries, em).page(null, "ana", last.getOccurredAt(),
                last.getId(), 3)), AuditEvent::getId);
        List<Long> byOffset = read(em -> em.createQuery("SELECT a.id FROM AuditEvent a"
                + " ORDER BY a.occurredAt DESC, a.id DESC", Long.class).setFirstResult(3).setMaxResults(3)
                .getResultList());

        assertThat(byKey).hasSize(3).isEqualTo(byOffset);
        assertThat(statements).hasSize(1).allMatch(Sent::skipsNothing);
    }

    @Test
    void aSecondPageOfTheRegisterByKeyIsWhatOffsetGaveWithoutAnOffset() {
        int[] days = {0, 1, 1, 1, 2, 2, 3};
        for (int i = 0; i < days.length; i++) {
            Learner holder = employee("titular" + i + "@example.com", "Titular " + i, "Ventas");
            certify(holder, "ABCDEFGHJKM" + "NPQRSTU".charAt(i), AT.plus(Duration.ofDays(days[i])));
        }
        CertificateQueries queries = new CertificateQueries();
        CertificateQueries.Criteria sales = new CertificateQueries.Criteria(null, "Ventas", null, null);
        Certificate last = read(em -> with(queries, em).page(sales, null, 0, 3)).get(2);

        List<Long> byKey = ids(() -> read(em -> with(queries, em).page(sales, last.getIssuedAt(), last.getId(), 3)),
                Certificate::getId);
        List<Long> byOffset = read(em -> em.createQuery("SELECT c.id FROM Certificate c"
                + " ORDER BY c.issuedAt DESC, c.id DESC", Long.class).setFirstResult(3).setMaxResults(3)
                .getResultList());

        assertThat(byKey).hasSize(3).isEqualTo(byOffset);
        // Outside the server the entities are not woven, so their lazy relations (enrolment) load eagerly: only the
        // statement of the page itself is the query's.
        assertThat(statements).allMatch(Sent::skipsNothing)
                .filteredOn(sent -> sent.reads("certificate")).as("certificates with holders and courses in one")
                .hasSize(1);
    }

    @Test
    void everyPageOfAssignedCoursesByKeyIsWhatOffsetGaveWithoutAnOffset() {
        Instant due = AT.plus(Duration.ofDays(7));
        inTransaction(em -> {
            Course taken = em.merge(course);
            for (String name : List.of("Ana", "Bea", "Ana", "Ciro", "Bea", "Ana", "Dani", "Eva")) {
                Learner learner = new Learner(name.toLowerCase() + UUID.randomUUID() + "@example.com", name, null,
                        Set.of(Role.EMPLOYEE), AT);
                em.persist(learner);
                Enrolment enrolment = new Enrolment(learner, taken, AT, name.startsWith("B") ? AT : due);
                if (name.equals("Ana") || name.equals("Dani")) {
                    completed(em, enrolment, due);
                } else {
                    em.persist(enrolment);
                }
            }
        });
        AssignmentQueries queries = new AssignmentQueries();
        List<Long> byOffset = read(em -> em.createQuery("SELECT e.id FROM Enrolment e JOIN e.learner l"
                + " WHERE e.dueAt IS NOT NULL ORDER BY e.status, e.dueAt, l.displayName, e.id", Long.class)
                .getResultList());

        List<Long> byKey = new ArrayList<>();
        AssignmentQueries.After after = null;
        do {
            AssignmentQueries.After from = after;
            List<Enrolment> page = read(em -> with(queries, em).page(AssignmentFilter.NONE, AT, from, 3));
            page.forEach(enrolment -> byKey.add(enrolment.getId()));
            Enrolment last = page.isEmpty() ? null : page.get(page.size() - 1);
            after = page.size() < 3 ? null : new AssignmentQueries.After(last.isActive(), last.getDueAt(),
                    last.getLearner().getDisplayName(), last.getId());
        } while (after != null);

        assertThat(byKey).as("open and completed, across pages that end on either").hasSize(8).isEqualTo(byOffset);
    }

    @Test
    void aSecondPageOfTokensByKeyIsWhatOffsetGaveWithoutAnOffset() {
        Learner rita = employee("rita@example.com", "Rita", null);
        inTransaction(em -> {
            for (int minute : new int[] {0, 1, 1, 1, 2, 3, 3}) {
                em.persist(token(em.merge(rita), "token", AT.plusSeconds(60L * minute)));
            }
        });
        ApiTokenQueries queries = new ApiTokenQueries();
        ApiToken last = read(em -> with(queries, em).ofOwner(rita.getId(), null, 0, 3)).get(2);

        List<Long> byKey = ids(() -> read(em -> with(queries, em).ofOwner(rita.getId(), last.getCreatedAt(),
                last.getId(), 3)), ApiToken::getId);
        List<Long> byOffset = read(em -> em.createQuery("SELECT t.id FROM ApiToken t"
                + " ORDER BY t.createdAt DESC, t.id DESC", Long.class).setFirstResult(3).setMaxResults(3)
                .getResultList());
        long count = read(em -> with(queries, em).countOfOwner(rita.getId()));

        assertThat(byKey).hasSize(3).isEqualTo(byOffset);
        assertThat(statements).allMatch(Sent::skipsNothing)
                .filteredOn(sent -> sent.reads("api_token") || sent.reads("api_token_scope"))
                .as("the page, and the scopes of all its tokens").hasSize(2);
        assertThat(count).isEqualTo(7);
    }

    /** The ids of what {@code page} reads, noting in {@link #statements} the SQL it sent. */
    private <T> List<Long> ids(Supplier<List<T>> page, Function<T, Long> id) {
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                if (event.getCall() instanceof DatabaseCall call) {
                    statements.add(new Sent(call.getSQLString(), call.getFirstResult()));
                }
            }
        };
        var events = factory.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager();
        statements.clear();
        events.addListener(counter);
        try {
            return page.get().stream().map(id).toList();
        } finally {
            events.removeListener(counter);
        }
    }

    /**
     * A statement sent, and how many rows it told the database to skip: EclipseLink writes {@code OFFSET ?} into every
     * statement with a row limit, so it is the value bound to it that says whether a page was read by offset.
     */
    private record Sent(String sql, int firstResult) {

        boolean skipsNothing() {
            return firstResult == 0;
        }

        boolean reads(String table) {
            return sql.toLowerCase(Locale.ROOT).matches("select .* from (\\w+ t\\d, )*" + table + "\\b.*");
        }
    }

    private List<String> assigned(AssignmentFilter filter) {
        return read(em -> with(new AssignmentQueries(), em).page(filter, AT, null, 10).stream()
                .map(enrolment -> enrolment.getLearner().getEmail()).toList());
    }

    private static List<String> codes(List<Certificate> certificates) {
        return certificates.stream().map(Certificate::getVerificationCode).toList();
    }

    private static ApiToken token(Learner owner, String label, Instant createdAt) {
        return new ApiToken(owner, label, UUID.randomUUID().toString().replace("-", ""),
                Set.of("reports:read", "courses:read"), createdAt, createdAt.plus(Duration.ofDays(30)));
    }

    private Learner employee(String email, String name, String department) {
        Learner learner = new Learner(email, name, department, Set.of(Role.EMPLOYEE), AT);
        inTransaction(em -> em.persist(learner));
        return learner;
    }

    /** Completes a new enrolment of the learner and issues its certificate at {@code issuedAt}. */
    private void certify(Learner learner, String code, Instant issuedAt) {
        inTransaction(em -> {
            Enrolment enrolment = new Enrolment(em.merge(learner), em.merge(course), AT, null);
            completed(em, enrolment, issuedAt);
            em.persist(Certificate.issue(enrolment, enrolment.getLearner(), List.of(), code, issuedAt));
        });
    }

    private static void completed(EntityManager em, Enrolment enrolment, Instant at) {
        em.persist(enrolment);
        enrolment.markLessonRead("leer", at);
        enrolment.completeIfDone(Set.of("queja"), at);
    }

    /** The queries, reading through this entity manager (the container would inject it). */
    private static <Q> Q with(Q queries, EntityManager em) {
        if (queries instanceof AssignmentQueries assignments) {
            assignments.entityManager = em;
        } else if (queries instanceof PeopleQueries people) {
            people.entityManager = em;
        } else if (queries instanceof AuditQueries audit) {
            audit.entityManager = em;
        } else if (queries instanceof ApiTokenQueries tokens) {
            tokens.entityManager = em;
        } else if (queries instanceof CertificateQueries certificates) {
            certificates.entityManager = em;
        } else {
            throw new IllegalArgumentException(String.valueOf(queries));
        }
        return queries;
    }

    private <T> T read(Function<EntityManager, T> query) {
        factory.getCache().evictAll();
        EntityManager em = factory.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
