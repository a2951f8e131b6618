package com.atiende.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything uses JPA. The schema is owned by the Flyway
 * migrations in course-domain ({@code db/migration}); EclipseLink never generates DDL.
 *
 * <p>The data source is defined here, in the one module that both the self-contained WAR (Payara Micro) and
 * the EAR (full servers) carry, so both runtimes get it from the same place. Defaults give an embedded H2
 * file database under {@code ./atiende-data}; the {@code ATIENDE_DB_*} environment variables (MicroProfile
 * Config) select PostgreSQL. Defaults must sit in the annotation: the data source is created before the
 * application's own microprofile-config.properties is read.
 *
 * <p>H2 is reached through its {@code Driver} rather than {@code JdbcDataSource}: Payara pools a class that
 * implements {@code XADataSource}, as H2's data source does, as an XA resource, and then runs every transaction through
 * the JTS two-phase machinery although Atiende has one database and never needs it (an eighth of the work of a reply
 * on H2). PostgreSQL's {@code PGSimpleDataSource} is a plain data source already.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=atiende.db.datasource:org.h2.Driver}",
        url = "${MPCONFIG=atiende.db.url:jdbc:h2:file:./atiende-data/atiende}",
        user = "${MPCONFIG=atiende.db.user:atiende}",
        password = "${MPCONFIG=atiende.db.password:atiende}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/atiende";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now, " + result.database + ")");
    }
}
