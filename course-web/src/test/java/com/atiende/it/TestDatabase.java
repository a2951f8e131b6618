package com.atiende.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The database the integration tests run against: a fresh H2 file database by default, or, with
 * {@code -Datiende.it.db=postgresql}, a PostgreSQL database created for this run and dropped after it.
 */
public final class TestDatabase {

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final Runnable dropper;

    private TestDatabase(String kind, String url, String user, String password, Runnable dropper) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
    }

    static TestDatabase create(Path workDir) throws IOException {
        String kind = System.getProperty("atiende.it.db", "h2");
        return switch (kind) {
            case "h2" -> h2(workDir.resolve("h2"));
            case "postgresql" -> postgresql();
            default -> throw new IllegalArgumentException("atiende.it.db must be h2 or postgresql, was " + kind);
        };
    }

    private static TestDatabase h2(Path directory) throws IOException {
        deleteRecursively(directory);
        Files.createDirectories(directory);
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("atiende");
        return new TestDatabase("h2", url, "atiende", "atiende", () -> { });
    }

    private static TestDatabase postgresql() {
        String serverUrl = System.getProperty("atiende.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("atiende.it.pg.user", "postgres");
        String password = System.getProperty("atiende.it.pg.password", "");
        String name = "atiende_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        execute(serverUrl + "postgres", user, password, "CREATE DATABASE " + name);
        return new TestDatabase("postgresql", serverUrl + name, user, password,
                () -> execute(serverUrl + "postgres", user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** How the server under test is pointed at this database: the same settings an operator would use. */
    List<String> systemProperties() {
        String dataSource = kind.equals("postgresql") ? "org.postgresql.ds.PGSimpleDataSource" : "org.h2.jdbcx.JdbcDataSource";
        return List.of(
                "-Datiende.db.datasource=" + dataSource,
                "-Datiende.db.url=" + url,
                "-Datiende.db.user=" + user,
                "-Datiende.db.password=" + password);
    }

    public String kind() {
        return kind;
    }


    void drop() {
        dropper.run();
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
