package com.atiende.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped courses reach the database of the real WAR (H2, or PostgreSQL with -Datiende.it.db=postgresql)
 * and a restart loads them again without duplicates.
 */
@RunningAtiende
class ContentLoadingIT {

    private static final Pattern COURSE_TITLE = Pattern.compile("<h3><a [^>]*>([^<]+)</a></h3>");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shipsFourCoursesAndARestartAddsNoDuplicates(AtiendeServer server) throws Exception {
        assertThat(courseTitles(server)).containsExactly(
                "Escuchar y empatizar", "Atender es prestar atención",
                "El cliente interno, el tiempo y las soluciones", "Lo que los clientes no soportan");

        server.restart();

        assertThat(courseTitles(server)).hasSize(4).doesNotHaveDuplicates();
        assertThat(server.log()).contains("unchanged [escucha-empatia v1, atencion v1, cliente-interno v1, lo-que-no-soportan v1]");
    }

    private List<String> courseTitles(AtiendeServer server) throws Exception {
        String home = http.send(HttpRequest.newBuilder(server.baseUri()).header("Accept-Language", "es").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = COURSE_TITLE.matcher(home);
        List<String> titles = new ArrayList<>();
        while (matcher.find()) {
            titles.add(matcher.group(1));
        }
        return titles;
    }
}
