package com.atiende.domain.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh database built by the real migrations, with the production mappings over it: an in-memory H2, or with
 * {@code -Datiende.it.db=postgresql} a schema of its own on PostgreSQL ({@code atiende.it.pg.url}, {@code .user},
 * {@code .password}) dropped on {@link #close}. For mapping tests that prove entities and migrations agree.
 */
public final class MappingDatabase implements AutoCloseable {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("atiende.it.db"));

    private final Flyway flyway;
    private final EntityManagerFactory factory;

    private MappingDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        String url = POSTGRESQL
                ? System.getProperty("atiende.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/") + "postgres"
                        + "?currentSchema=" + name
                : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        String user = POSTGRESQL ? System.getProperty("atiende.it.pg.user", "postgres") : "sa";
        String password = POSTGRESQL ? System.getProperty("atiende.it.pg.password", "") : "";
        flyway = Flyway.configure().dataSource(url, user, password).schemas(POSTGRESQL ? name : "PUBLIC")
                .locations("classpath:db/migration").cleanDisabled(!POSTGRESQL).load();
        flyway.migrate();
        factory = Persistence.createEntityManagerFactory("atiende-mapping-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
    }

    /** @param prefix names the database or schema, after the test */
    public static MappingDatabase migrate(String prefix) {
        return new MappingDatabase(prefix);
    }

    public void inTransaction(Consumer<EntityManager> work) {
        inTransactionGet(em -> {
            work.accept(em);
            return null;
        });
    }

    public <T> T inTransactionGet(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Reads with an empty shared cache, so what comes back is what the database holds. */
    public <T> T read(Function<EntityManager, T> query) {
        factory.getCache().evictAll();
        EntityManager em = factory.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
        if (POSTGRESQL) {
            flyway.clean();
        }
    }
}
