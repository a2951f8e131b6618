package com.atiende.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh schema of Atiende's own, migrated by the real Flyway migrations, with the test persistence unit
 * ({@code atiende-test}: the production classes outside a container) on it: on H2 in memory, or on PostgreSQL at
 * 127.0.0.1 with {@code -Datiende.it.db=postgresql}, where closing it drops the schema. For tests of queries and jobs
 * on a real database, each with a schema of its own.
 */
public final class MigratedDatabase implements AutoCloseable {

    public static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("atiende.it.db"));

    private final Flyway flyway;
    private final EntityManagerFactory factory;

    private MigratedDatabase(Flyway flyway, EntityManagerFactory factory) {
        this.flyway = flyway;
        this.factory = factory;
    }

    /** A new schema named after the test ({@code prefix} and a random suffix), migrated. */
    public static MigratedDatabase create(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        String url = POSTGRESQL
                ? System.getProperty("atiende.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/") + "postgres"
                        + "?currentSchema=" + name
                : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        String user = POSTGRESQL ? System.getProperty("atiende.it.pg.user", "postgres") : "sa";
        String password = POSTGRESQL ? System.getProperty("atiende.it.pg.password", "") : "";
        Flyway flyway = Flyway.configure().dataSource(url, user, password).schemas(POSTGRESQL ? name : "PUBLIC")
                .locations("classpath:db/migration").cleanDisabled(!POSTGRESQL).load();
        flyway.migrate();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("atiende-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
        return new MigratedDatabase(flyway, factory);
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    @Override
    public void close() {
        factory.close();
        if (POSTGRESQL) {
            flyway.clean();
        }
    }
}
