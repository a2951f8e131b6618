package com.atiende.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real WAR running in a real Payara Micro, started once for all integration tests of the JVM and
 * stopped when they end. It is deployed exactly as a user would: {@code java -jar payara-micro.jar
 * --prebootcommandfile payara-micro.asadmin --deploy atiende.war}, plus a port, the run command's HTTP worker
 * threads, a loopback-only listener (a command added to the settings file) and the test database.
 */
public final class AtiendeServer implements ExtensionContext.Store.CloseableResource {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private final ProcessBuilder command;
    private final TestDatabase database;
    private final URI baseUri;
    private final Path log;
    private Process process;

    private AtiendeServer(ProcessBuilder command, TestDatabase database, URI baseUri, Path log) {
        this.command = command;
        this.database = database;
        this.baseUri = baseUri;
        this.log = log;
    }

    static AtiendeServer start() {
        try {
            Path workDir = Path.of(System.getProperty("atiende.it.workdir", "target/it"));
            Files.createDirectories(workDir);
            TestDatabase database = TestDatabase.create(workDir);
            int port = freePort();
            Path log = workDir.resolve("payara-micro.log");
            List<String> command = new ArrayList<>(List.of(
                    javaExecutable(), "-Xmx1g",
                    "-Datiende.public.url=http://localhost:" + port + "/",
                    "-Datiende.demo=true",
                    // Tests reach the server on loopback as if through a proxy there: a test that exhausts the
                    // verification rate limit does so as its own client (X-Forwarded-For), not as every test's.
                    "-Datiende.trusted.proxies=127.0.0.1"));
            // E-mail goes to the build's test SMTP port, where a test that reads it runs GreenMail meanwhile (and
            // where, at other times, nothing listens: the server logs the failure, as it would in production).
            String smtpPort = System.getProperty("atiende.it.smtp.port", "");
            if (!smtpPort.isBlank()) {
                command.addAll(List.of("-Datiende.smtp.host=127.0.0.1", "-Datiende.smtp.port=" + smtpPort));
            }
            command.addAll(database.systemProperties());
            command.addAll(List.of(
                    "-jar", requiredPath("payara.micro.jar").toString(),
                    "--deploy", requiredPath("atiende.war").toString(),
                    "--port", Integer.toString(port),
                    "--nocluster",
                    // The HTTP worker threads the run command uses (README, "Tuning").
                    "--maxhttpthreads", System.getProperty("atiende.http.threads", "4"),
                    "--prebootcommandfile", bootCommands(workDir).toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Files.deleteIfExists(log);
            AtiendeServer server = new AtiendeServer(builder, database, URI.create("http://127.0.0.1:" + port + "/"), log);
            server.boot();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
    }

    /** Stops and starts the same server on the same database, as an operator's restart would. */
    public void restart() {
        stopProcess();
        boot();
    }

    /** Everything the server has logged so far, across restarts. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void boot() {
        try {
            process = command.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
        awaitReady();
    }

    public URI baseUri() {
        return baseUri;
    }

    public URI uri(String path) {
        return baseUri.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public TestDatabase database() {
        return database;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up:\n" + logTail());
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Still booting: keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(500));
        }
        stopProcess();
        throw new IllegalStateException("Atiende was not ready within " + STARTUP_LIMIT + ":\n" + logTail());
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stopProcess();
        database.drop();
    }

    private void stopProcess() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The settings the run command boots with, and the listener bound to loopback. */
    private static Path bootCommands(Path workDir) throws IOException {
        Path file = workDir.resolve("boot.asadmin");
        try (var loopback = AtiendeServer.class.getResourceAsStream("/loopback.asadmin")) {
            Files.writeString(file, Files.readString(requiredPath("payara.micro.settings")) + "\n"
                    + new String(loopback.readAllBytes(), StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file, was " + value);
        }
        return Path.of(value);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
