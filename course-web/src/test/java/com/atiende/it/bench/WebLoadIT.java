package com.atiende.it.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atiende.it.AtiendeServer;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.atiende.it.WebSession;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Web load benchmark (not a test of speed: it records figures). Signed-in learners read a lesson page and render
 * a role-play step of the real WAR, next to a static resource of the same instance as the reference, each for a
 * bounded time at a fixed number of concurrent connections on loopback. Runs only with {@code -Datiende.bench=true}
 * (see bench/web-load.sh); prints and writes target/bench/web-load.txt.
 */
@RunningAtiende
class WebLoadIT {

    private static final int CONNECTIONS = Integer.getInteger("atiende.bench.connections", 32);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("atiende.bench.warmup", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("atiende.bench.seconds", 20));
    private static final int LEARNER_SESSIONS = 8;

    @Test
    void lessonAndPlayerPagesUnderLoad(AtiendeServer server) throws Exception {
        assumeTrue(Boolean.getBoolean("atiende.bench"), "benchmarks run with -Datiende.bench=true");
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < LEARNER_SESSIONS; i++) {
            learners.add(Learner.prepare(server));
        }
        StringBuilder report = new StringBuilder(String.format("Web load, %d connections, %d s each, %d signed-in sessions%n",
                CONNECTIONS, MEASURE.toSeconds(), LEARNER_SESSIONS));
        Result reference = measure("static resource", learners, learner -> learner.session.get("/jakarta.faces.resource/css/atiende.css.xhtml?ln=atiende"));
        Result lesson = measure("lesson page", learners, learner -> learner.session.get(learner.lessonPage));
        Result player = measure("player step", learners, learner -> learner.session.get(learner.playerPage));
        for (Result result : List.of(reference, lesson, player)) {
            report.append(result.describe(reference)).append('\n');
        }
        Path out = Path.of("target", "bench", "web-load.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertThat(lesson.errors + player.errors + reference.errors).as("errors").isZero();
    }

    private interface Call {
        HttpResponse<String> send(Learner learner) throws Exception;
    }

    private record Result(String name, long requests, long errors, double seconds, long[] sortedMicros) {

        double perSecond() {
            return requests / seconds;
        }

        long percentile(double p) {
            return sortedMicros.length == 0 ? 0 : sortedMicros[(int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1)];
        }

        String describe(Result reference) {
            return String.format("%-16s %8.0f req/s (%.2f x static)  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  errors %d",
                    name, perSecond(), perSecond() / reference.perSecond(), percentile(0.50) / 1000.0,
                    percentile(0.99) / 1000.0, percentile(1.0) / 1000.0, errors);
        }
    }

    private static Result measure(String name, List<Learner> learners, Call call) throws Exception {
        run(learners, call, WARM_UP, null);
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        run(learners, call, MEASURE, new Recording(latencies, errors));
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), seconds, all);
    }

    private record Recording(List<long[]> latencies, AtomicLong errors) {
    }

    private static void run(List<Learner> learners, Call call, Duration duration, Recording recording) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int connection = 0; connection < CONNECTIONS; connection++) {
            Learner learner = learners.get(connection % learners.size());
            workers.add(pool.submit(() -> {
                long[] micros = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    long begin = System.nanoTime();
                    HttpResponse<String> response = call.send(learner);
                    long took = (System.nanoTime() - begin) / 1000;
                    if (response.statusCode() != 200 && recording != null) {
                        recording.errors().incrementAndGet();
                    }
                    if (count == micros.length) {
                        micros = Arrays.copyOf(micros, micros.length * 2);
                    }
                    micros[count++] = took;
                }
                return Arrays.copyOf(micros, count);
            }));
        }
        for (Future<long[]> worker : workers) {
            long[] micros = worker.get();
            if (recording != null) {
                synchronized (recording.latencies()) {
                    recording.latencies().add(micros);
                }
            }
        }
        pool.shutdown();
    }

    /** A signed-in learner enrolled in the first course, with a role-play started: the pages the load reads. */
    private static final class Learner {

        private static final Pattern ENROL = Pattern.compile("name=\"(catalog:[^\"]*:enrol)\"");
        private static final Pattern LESSON = Pattern.compile("href=\"(/learner/lesson\\.xhtml\\?[^\"]+)\"");
        private static final Pattern PLAY = Pattern.compile("name=\"(course:[^\"]*:play)\"");

        final WebSession session;
        final String lessonPage;
        final String playerPage;

        private Learner(WebSession session, String lessonPage, String playerPage) {
            this.session = session;
            this.lessonPage = lessonPage;
            this.playerPage = playerPage;
        }

        static Learner prepare(AtiendeServer server) throws Exception {
            WebSession session = new WebSession(server);
            assertThat(session.signIn(DemoAccounts.EMPLOYEE.email(), DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
            String catalog = session.get("/learner/catalog.xhtml").body();
            HttpResponse<String> enrolled = session.post("/learner/catalog.xhtml", catalog,
                    Map.of("catalog", "catalog", first(ENROL, catalog), ""));
            String course = path(enrolled);
            String coursePage = session.get(course).body();
            String lesson = first(LESSON, coursePage).replace("&amp;", "&");
            HttpResponse<String> started = session.post("/learner/course.xhtml", coursePage,
                    Map.of("course", "course", first(PLAY, coursePage), ""));
            return new Learner(session, lesson, path(started));
        }

        private static String path(HttpResponse<String> redirect) {
            String location = redirect.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("expected a redirect, got " + redirect.statusCode()));
            return location.substring(location.indexOf("/learner/"));
        }

        private static String first(Pattern pattern, String html) {
            Matcher matcher = pattern.matcher(html);
            if (!matcher.find()) {
                throw new IllegalStateException("page has no " + pattern.pattern());
            }
            return matcher.group(1);
        }
    }
}
