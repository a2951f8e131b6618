package com.atiende.it.browser;

import static com.atiende.it.browser.AccessibilityAudit.Width.DESKTOP;
import static com.atiende.it.browser.AccessibilityAudit.Width.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * HR assigns a course in a real browser: an order missing its course and date, with a day that has passed, naming
 * someone unknown, a malformed address or someone who cannot take courses is refused, every problem at once next to
 * its field, and assigns nothing; a department
 * plus a person named by e-mail (in capitals) enrols each once; the same order again changes nothing; the list and
 * its summary show them pending, as does the CSV, the audit log keeps the order, and the person finds the course and
 * its date in "Mi aprendizaje". An HR system does the same through the API, with a token of the right scope.
 */
@RunningAtiende
@ExtendWith(Browser.class)
class AssignmentBrowserIT {

    private static final String COURSE_TITLE = "Lo que los clientes no soportan";
    private static final String DEPARTMENT = "Almacén Norte";
    private static final ZoneId ORGANISATION = ZoneId.of("Europe/Madrid");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void hrAssignsACourseToADepartmentAndAPersonWhoThenSeesItsDate(AtiendeServer server, WebDriver browser)
            throws Exception {
        AccessibilityAudit audit = new AccessibilityAudit(browser);
        HtmlConformance html = new HtmlConformance(browser);
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Pages.importDirectory(browser, server, """
                name,email,department,manager,roles
                Alba Almacén,alba.asignada@ejemplo.com,Almacén Norte,,EMPLOYEE
                Bruno Almacén,bruno.asignado@ejemplo.com,Almacén Norte,,EMPLOYEE
                Carmen Solo RRHH,carmen.rrhh@ejemplo.com,Almacén Norte,,HR
                Dora Ventas,dora.asignada@ejemplo.com,Ventas Sur,,EMPLOYEE
                """);
        assertThat(browser.findElement(By.id("import:messages")).getText()).contains("Importadas 4 personas");
        String doraPassword = newPassword(browser, server, "dora.asignada@ejemplo.com");
        Pages.signOut(browser);

        GreenMail smtp = smtp();
        try {
            assignAsHr(server, browser, audit, html, doraPassword, smtp);
        } finally {
            smtp.stop();
        }
    }

    private void assignAsHr(AtiendeServer server, WebDriver browser, AccessibilityAudit audit, HtmlConformance html,
                            String doraPassword, GreenMail smtp) throws Exception {
        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/hr/assignments.xhtml").toString());
        submit(browser);
        assertThat(messageFor(browser, "course", "Elige el curso que asignas.").isDisplayed()).isTrue();
        assertThat(messageFor(browser, "due", "Indica la fecha límite.").isDisplayed()).isTrue();

        LocalDate today = LocalDate.now(ORGANISATION);
        Pages.choose(browser, "assign:course", COURSE_TITLE);
        setDate(browser, today.minusDays(1));
        type(browser, "nadie@ejemplo.com\nalba.asignada-ejemplo.com");
        submit(browser);
        // Every problem at once, each beside its field, a malformed address called malformed and not unknown.
        messageFor(browser, "due", "Esa fecha ya ha pasado");
        assertThat(messageFor(browser, "emails", "Nadie tiene este correo: nadie@ejemplo.com.").getText())
                .contains("Este correo está mal formado: alba.asignada-ejemplo.com. Un correo se escribe "
                        + "nombre@dominio.ext, sin espacios.")
                .doesNotContain("alba.asignada-ejemplo.com, ", "correos: ");
        Pages.waitForText(browser, By.id("messages"),
                "No se ha asignado nada: corrige los 3 problemas indicados junto a sus campos.");

        LocalDate due = today.plusDays(30);
        setDate(browser, due);
        type(browser, "nadie@ejemplo.com");
        submit(browser);
        messageFor(browser, "emails", "Nadie tiene este correo: nadie@ejemplo.com.");

        Pages.choose(browser, "assign:group", "Departamento: " + DEPARTMENT);
        type(browser, "carmen.rrhh@ejemplo.com");
        submit(browser);
        messageFor(browser, "emails", "carmen.rrhh@ejemplo.com");
        html.check("HR assignments, an order refused");
        audit.check("HR assignments, an order refused", DESKTOP, PHONE);
        assertThat(browser.findElement(By.id("assigned:list")).getText()).doesNotContain("alba.asignada@ejemplo.com");

        type(browser, "  DORA.asignada@ejemplo.com\n");
        submit(browser);
        Pages.waitForText(browser, By.id("messages"), "«Lo que los clientes no soportan» asignado a 3 personas: 3 inscritas ahora.");
        String list = Pages.waitForText(browser, By.id("assigned:list"), "dora.asignada@ejemplo.com").getText();
        assertThat(list).contains("alba.asignada@ejemplo.com", "bruno.asignado@ejemplo.com", "Pendiente")
                .doesNotContain("carmen.rrhh@ejemplo.com");
        assertThat(browser.findElement(By.cssSelector(".assignment-summary")).getText()).contains("Pendiente: 3");
        Browser.saveScreenshot(browser, "hr-assignments");
        List<CSVRecord> csv = csv(Pages.download(browser,
                browser.findElement(By.id("assigned:csv")).getAttribute("href")).body());
        assertThat(csv.get(0).toList()).containsExactly("Titular", "Correo electrónico", "Departamento", "Curso",
                "Versión", "Inscripción", "Fecha límite", "Estado", "Completado el");
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.get(1), row -> row.get(6), row -> row.get(7))
                .containsExactlyInAnyOrder(tuple("alba.asignada@ejemplo.com", due.toString(), "Pendiente"),
                        tuple("bruno.asignado@ejemplo.com", due.toString(), "Pendiente"),
                        tuple("dora.asignada@ejemplo.com", due.toString(), "Pendiente"));
        html.check("HR assignments, three people assigned");
        audit.check("HR assignments, three people assigned", DESKTOP, PHONE);

        Pages.choose(browser, "assign:group", "Departamento: " + DEPARTMENT);
        type(browser, "dora.asignada@ejemplo.com");
        submit(browser);
        Pages.waitForText(browser, By.id("messages"), "asignado a 3 personas: 3 ya tenían esa fecha.");
        assertThat(smtp.waitForIncomingEmail(15_000, 3)).as("one e-mail to each person enrolled").isTrue();
        String dueWords = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("es"))
                .format(due);
        assertThat(smtp.getReceivedMessages()).extracting(AssignmentBrowserIT::recipient)
                .containsExactlyInAnyOrder("alba.asignada@ejemplo.com", "bruno.asignado@ejemplo.com",
                        "dora.asignada@ejemplo.com");
        assertThat(smtp.getReceivedMessages()).allSatisfy(message -> {
            assertThat(message.getSubject()).isEqualTo("Curso asignado: " + COURSE_TITLE);
            assertThat(message.getContent().toString()).contains("Tienes hasta el " + dueWords + " (incluido)");
        });

        browser.get(server.uri("/hr/audit.xhtml").toString());
        assertThat(browser.findElement(By.id("audit:events")).getText()).contains("Curso asignado", "lo-que-no-soportan",
                "3 inscritas", "3 filas de cursos asignados (CSV); curso: lo-que-no-soportan");
        Pages.signOut(browser);

        Pages.signIn(browser, server, "dora.asignada@ejemplo.com", doraPassword);
        browser.get(server.uri("/learner/index.xhtml").toString());
        String dueText = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("es"))
                .format(due);
        assertThat(browser.findElement(By.id("main")).getText()).contains(COURSE_TITLE, "Fecha límite: " + dueText);
        WebElement course = browser.findElement(By.linkText(COURSE_TITLE));
        course.click();
        Pages.waitForNextPage(browser, course);
        assertThat(browser.findElement(By.cssSelector(".due-date")).getText()).isEqualTo("Fecha límite: " + dueText);
        assertThat(html.errors()).as("Nu HTML Checker errors").isEmpty();
        assertThat(audit.findings()).as("WCAG 2.1 AA and structure findings").isEmpty();
    }

    @Test
    void anHrSystemAssignsThroughTheApiAndReadsWhereEachStands(AtiendeServer server, WebDriver browser)
            throws Exception {
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Pages.importDirectory(browser, server, """
                name,email,department,manager,roles
                Elena Api,elena.api@ejemplo.com,Almacén Sur,,EMPLOYEE
                """);
        Pages.signOut(browser);
        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        String token = Pages.createToken(browser, server, "Sistema de nóminas", "assignments:write", "reports:read");
        String readOnly = Pages.createToken(browser, server, "Solo informes", "reports:read");
        LocalDate today = LocalDate.now(ORGANISATION);

        HttpResponse<String> past = post(server, token, "{\"course\":\"escucha-empatia\",\"dueOn\":\""
                + today.minusDays(1) + "\",\"department\":\"Almacén Sur\"}");
        HttpResponse<String> pastInSpanish = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/assignments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", "es-ES, es;q=0.9, en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString("{\"course\":\"escucha-empatia\",\"dueOn\":\""
                        + today.minusDays(1) + "\",\"department\":\"Almacén Sur\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = post(server, token, "{\"course\":\"escucha-empatia\",\"dueOn\":\""
                + today.plusDays(10) + "\",\"emails\":[\"nadie.api@ejemplo.com\"]}");
        HttpResponse<String> everything = post(server, token, "{\"course\":\"no-existe\",\"dueOn\":\""
                + today.minusDays(1) + "\",\"emails\":[\"nadie.api@ejemplo.com\",\"elena.api@\"]}");
        HttpResponse<String> tooFar = post(server, token, "{\"course\":\"escucha-empatia\",\"dueOn\":\""
                + today.plusYears(6) + "\",\"department\":\"Almacén Sur\"}");
        HttpResponse<String> noCourse = post(server, token, "{\"course\":\"no-existe\",\"dueOn\":\""
                + today.plusDays(10) + "\",\"department\":\"Almacén Sur\"}");
        HttpResponse<String> nobody = post(server, token, "{\"course\":\"escucha-empatia\",\"dueOn\":\""
                + today.plusDays(10) + "\"}");
        HttpResponse<String> notJson = post(server, token, "{\"course\":");
        HttpResponse<String> notADate = post(server, token, "{\"course\":\"escucha-empatia\",\"dueOn\":\"31/12/2027\","
                + "\"everyone\":true}");
        HttpResponse<String> notAllowed = post(server, readOnly, "{\"course\":\"escucha-empatia\",\"dueOn\":\""
                + today.plusDays(10) + "\",\"department\":\"Almacén Sur\"}");
        GreenMail smtp = smtp();
        HttpResponse<String> assigned;
        HttpResponse<String> moved;
        try {
            assigned = post(server, token, "{\"course\":\"escucha-empatia\",\"dueOn\":\""
                    + today.plusDays(10) + "\",\"department\":\"Almacén Sur\"}");
            // Sent in the background after the order: waited for before the next, so that they arrive in order.
            assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("Elena is told of the course").isTrue();
            moved = post(server, token, "{\"course\":\"escucha-empatia\",\"dueOn\":\"" + today.plusDays(20)
                    + "\",\"emails\":[\"Elena.Api@ejemplo.com\"]}");
            assertThat(smtp.waitForIncomingEmail(15_000, 2)).as("and of the new date").isTrue();
            assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly(
                    "Curso asignado: Escuchar y empatizar", "Nueva fecha límite: Escuchar y empatizar");
            assertThat(smtp.getReceivedMessages()).extracting(AssignmentBrowserIT::recipient)
                    .containsOnly("elena.api@ejemplo.com");
        } finally {
            smtp.stop();
        }
        HttpResponse<String> list = get(server, token, "/api/v1/assignments?course=escucha-empatia&department="
                + URLEncoder.encode("Almacén Sur", StandardCharsets.UTF_8) + "&state=PENDING");
        HttpResponse<String> badState = get(server, token, "/api/v1/assignments?state=LATE");
        HttpResponse<String> badPage = get(server, token, "/api/v1/assignments?size=5000");
        HttpResponse<String> badPageInSpanish = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/assignments?size=5000"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "es").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noTokenInSpanish = HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/assignments"))
                .header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(past.body()).contains("dueOn: That date has passed");
        assertThat(pastInSpanish.body()).as("in the reader's language (Accept-Language)")
                .contains("dueOn: Esa fecha ya ha pasado: elige hoy o un día posterior.");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("people: Nobody has this e-mail address: nadie.api@ejemplo.com");
        assertThat(everything.statusCode()).isEqualTo(400);
        assertThat(everything.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(everything.body()).contains(
                "{\"field\":\"course\",\"detail\":\"Course no-existe has no published version.\"}",
                "{\"field\":\"dueOn\",\"detail\":\"That date has passed: choose today or a later day.\"}",
                "{\"field\":\"people\",\"detail\":\"This e-mail address is malformed: elena.api@. An address is"
                        + " written name@domain.ext, without spaces.\"}",
                "{\"field\":\"people\",\"detail\":\"Nobody has this e-mail address: nadie.api@ejemplo.com.\"}");
        assertThat(tooFar.body()).contains("dueOn: The due date cannot be more than 5 years ahead.");
        assertThat(noCourse.body()).contains("course: Course no-existe has no published version.");
        assertThat(nobody.body()).contains("people: Choose a department or the whole organisation");
        assertThat(List.of(tooFar, noCourse, nobody, notJson, notADate)).extracting(HttpResponse::statusCode)
                .containsOnly(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(notAllowed.statusCode()).isEqualTo(403);
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(assigned.body()).contains("\"people\":1", "\"enrolled\":1", "\"courseTitle\":\"Escuchar y empatizar\"");
        assertThat(moved.body()).contains("\"dueDateSet\":1", "\"enrolled\":0");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"total\":1", "\"email\":\"elena.api@ejemplo.com\"", "\"state\":\"PENDING\"");
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(badState.body()).contains("COMPLETED_LATE");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("size: 1 to 1000");
        assertThat(badPageInSpanish.body()).contains("size: de 1 a 1000.");
        assertThat(noTokenInSpanish.statusCode()).isEqualTo(401);
        assertThat(noTokenInSpanish.body()).contains("Este recurso necesita un token de API personal");
    }

    /** A test SMTP server where the integration server sends its e-mail, listening until stopped. */
    private static GreenMail smtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("atiende.it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(AtiendeServer server, String token, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri("/api/v1/assignments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(AtiendeServer server, String token, String path)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSV's records, after the byte-order mark that tells spreadsheets it is UTF-8. */
    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVParser.parse(text.substring(1), CSVFormat.RFC4180).getRecords();
    }

    private static String newPassword(WebDriver browser, AtiendeServer server, String email) {
        browser.get(server.uri("/admin/users.xhtml").toString());
        browser.findElement(By.xpath("//tr[td[contains(., '" + email + "')]]//button[normalize-space()='Nueva contraseña']"))
                .click();
        return Pages.waitForText(browser, By.id("one-time-password"), "").getText();
    }

    private static void setDate(WebDriver browser, LocalDate day) {
        // A date field's typed format follows the browser's language; its value is always yyyy-MM-dd.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("assign:due")), day.toString());
    }

    private static void type(WebDriver browser, String emails) {
        WebElement field = browser.findElement(By.id("assign:emails"));
        field.clear();
        field.sendKeys(emails);
    }

    /** Sends the order and waits for the form to be replaced by the answer, so that no old message is read. */
    private static void submit(WebDriver browser) {
        WebElement form = browser.findElement(By.id("assign:submit"));
        form.click();
        Pages.waitFor(browser).until(ExpectedConditions.stalenessOf(form));
    }

    private static WebElement messageFor(WebDriver browser, String field, String text) {
        return Pages.waitForText(browser, By.xpath("//*[@id='assign:" + field + "']/following-sibling::*"
                + "[contains(@class, 'ui-message')] | //*[@id='assign:" + field + "']/parent::*/following-sibling::*"
                + "[contains(@class, 'ui-message')]"), text);
    }
}
