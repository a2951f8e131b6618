package com.atiende.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Container behaviour inside Payara Micro: the real WAR plus this test class, one deployment (one Micro
 * boot), so every container test that needs the same archive belongs here.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformContainerIT {

    @Deployment
    static WebArchive atiende() {
        return Deployments.atiendeWith(PlatformContainerIT.class);
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Test
    void migratesTheSchemaAtStartUp() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet history = connection.createStatement()
                     .executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")) {
            history.next();
            assertThat(history.getInt(1)).as("failed migrations").isZero();
        }
    }
}
