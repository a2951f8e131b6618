package com.atiende.it.browser;

import static com.atiende.it.browser.AccessibilityAudit.Width.DESKTOP;
import static com.atiende.it.browser.AccessibilityAudit.Width.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import java.io.IOException;
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
 * someone unknown or someone who cannot take courses is refused next to its field and assigns nothing; a department
 * plus a person named by e-mail (in capitals) enrols each once; the same order again changes nothing; the list and
 * its summary show them pending, the audit log keeps the order, and the person finds the course and its date in
 * "Mi aprendizaje".
 */
@RunningAtiende
@ExtendWith(Browser.class)
class AssignmentBrowserIT {

    private static final String COURSE_TITLE = "Lo que los clientes no soportan";
    private static final String DEPARTMENT = "Almacén Norte";
    private static final ZoneId ORGANISATION = ZoneId.of("Europe/Madrid");

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

        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/hr/assignments.xhtml").toString());
        submit(browser);
        assertThat(messageFor(browser, "course", "Elige el curso que asignas.").isDisplayed()).isTrue();
        assertThat(messageFor(browser, "due", "Indica la fecha límite.").isDisplayed()).isTrue();

        LocalDate today = LocalDate.now(ORGANISATION);
        Pages.choose(browser, "assign:course", COURSE_TITLE);
        setDate(browser, today.minusDays(1));
        submit(browser);
        messageFor(browser, "due", "Esa fecha ya ha pasado");

        LocalDate due = today.plusDays(30);
        setDate(browser, due);
        type(browser, "nadie@ejemplo.com");
        submit(browser);
        messageFor(browser, "emails", "Nadie tiene este correo: nadie@ejemplo.com. No se ha asignado nada.");

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

        browser.get(server.uri("/hr/audit.xhtml").toString());
        assertThat(browser.findElement(By.id("audit:events")).getText()).contains("Curso asignado", "lo-que-no-soportan",
                "3 inscritas", "3 filas de cursos asignados (CSV); curso: lo-que-no-soportan");
        Pages.signOut(browser);

        Pages.signIn(browser, server, "dora.asignada@ejemplo.com", doraPassword);
        browser.get(server.uri("/learner/index.xhtml").toString());
        String dueText = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("es"))
                .format(due);
        assertThat(browser.findElement(By.id("main")).getText()).contains(COURSE_TITLE, "Fecha límite:", dueText);
        assertThat(html.errors()).as("Nu HTML Checker errors").isEmpty();
        assertThat(audit.findings()).as("WCAG 2.1 AA and structure findings").isEmpty();
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
