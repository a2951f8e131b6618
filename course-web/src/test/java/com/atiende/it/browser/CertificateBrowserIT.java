package com.atiende.it.browser;

import static com.atiende.it.browser.AccessibilityAudit.Width.DESKTOP;
import static com.atiende.it.browser.AccessibilityAudit.Width.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A certificate's whole public life in a real browser: an employee (the demo administrator, whose name has an
 * accent) completes a course and downloads the PDF and the Open Badge from "Mi aprendizaje"; anyone verifies it and
 * its credential, which still verifies after the administrator rotates the signing key; HR finds it in the register, downloads the ZIP of the course and revokes it with a reason, which
 * the audit log keeps; from then on the page and the credential check say revoked.
 */
@RunningAtiende
@ExtendWith(Browser.class)
class CertificateBrowserIT {

    private static final String COURSE = "cliente-interno";
    private static final String COURSE_TITLE = "El cliente interno, el tiempo y las soluciones";
    private static final String HOLDER = "Andrés Administrador";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCertificateIsDownloadedVerifiedThroughAKeyRotationExportedAndRevoked(AtiendeServer server, WebDriver browser) throws Exception {
        // The verification page of a valid and of a revoked certificate, which the accessibility walk cannot reach
        // (it has no certificate), get the same validators as every other page.
        AccessibilityAudit audit = new AccessibilityAudit(browser);
        HtmlConformance html = new HtmlConformance(browser);
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        completeCourse(browser, server);

        browser.get(server.uri("/learner/index.xhtml").toString());
        WebElement row = browser.findElement(By.xpath("//tbody[contains(@id,'certificateList')]/tr[td[contains(.,\""
                + COURSE_TITLE + "\")]]"));
        String code = row.findElement(By.tagName("code")).getText();
        String pdfLink = row.findElement(By.linkText("PDF")).getAttribute("href");
        String badgeLink = row.findElement(By.linkText("Open Badge")).getAttribute("href");
        Browser.saveScreenshot(browser, "certificate-downloads");

        HttpResponse<byte[]> pdf = Pages.download(browser, pdfLink);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdfText(pdf.body())).contains(HOLDER, COURSE_TITLE, code,
                "Evaluación final superada con un 100 % de aciertos");
        String badge = new String(Pages.download(browser, badgeLink).body());
        assertThat(checkCredential(server, badge)).contains("\"verified\":true", HOLDER);

        row = browser.findElement(By.xpath("//tr[td/code[.='" + code + "']]"));
        row.findElement(By.linkText("Comprobar")).click();
        assertThat(Pages.waitForText(browser, By.cssSelector(".verification h2"), "Certificado válido").getText())
                .isEqualTo("Certificado válido");
        assertThat(browser.findElement(By.cssSelector(".verification .holder")).getText()).isEqualTo(HOLDER);
        assertThat(browser.findElement(By.cssSelector(".verification .facts")).getText())
                .as("a verifier sees the final assessment was passed").contains("Evaluación final: superada");
        Browser.saveScreenshot(browser, "certificate-verified");
        html.check("verify, a valid certificate");
        audit.check("verify, a valid certificate", DESKTOP, PHONE);

        // The administrator rotates the signing key, once the dialog has said what that does: the credential signed
        // before still verifies with the key it names, retired and still published, and one downloaded now names the
        // new key.
        String retiredKid = SignedJWT.parse(badge).getHeader().getKeyID();
        browser.get(server.uri("/admin/users.xhtml").toString());
        browser.findElement(By.id("keysLink")).click();
        assertThat(Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("current-address")))
                .getText()).isEqualTo(retiredKid);
        browser.findElement(By.id("keys:rotate")).click();
        WebElement confirmation = Pages.waitFor(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("keys:confirmRotation")));
        assertThat(confirmation.getText()).contains("Las ya emitidas se siguen pudiendo verificar");
        Browser.saveScreenshot(browser, "signing-key-confirm");
        browser.findElement(By.id("keys:confirm")).click();
        Pages.waitForText(browser, By.cssSelector(".messages"), "Clave cambiada");
        String newKid = browser.findElement(By.id("current-address")).getText();
        assertThat(newKid).isNotEqualTo(retiredKid);
        assertThat(browser.findElement(By.id("keys:retired")).getText()).contains(retiredKid);
        Browser.saveScreenshot(browser, "signing-key-rotated");
        assertThat(checkCredential(server, badge)).as("signed before the rotation").contains("\"verified\":true", HOLDER);
        String fresh = new String(Pages.download(browser, badgeLink).body());
        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(checkCredential(server, fresh)).contains("\"verified\":true", HOLDER);

        browser.get(server.uri("/learner/index.xhtml").toString());
        Pages.signOut(browser);
        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/hr/certificates.xhtml").toString());
        Pages.choose(browser, "certificates:course", COURSE_TITLE);
        browser.findElement(By.id("certificates:apply")).click();
        String zip = Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(page -> {
            String href = page.findElement(By.id("certificates:zip")).getAttribute("href");
            return href.contains(COURSE) ? href : null;
        });
        List<String> entries = zipEntries(Pages.download(browser, zip).body());
        assertThat(entries).contains("andres-administrador-" + code + ".pdf");
        assertThat(browser.findElement(By.id("certificates:zip")).getText())
                .isEqualTo("Descargar " + entries.size() + " PDF (ZIP)");

        // The issue dates narrow the register (the browser's own date fields): from tomorrow on, today's certificate
        // is not listed and no ZIP is offered; from yesterday on, it is again. Days in the organisation's time zone
        // (ATIENDE_TIMEZONE's default), as the register counts them: in this machine's UTC, from 23:00 on winter
        // evenings "tomorrow" was already the certificate's day in Madrid.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        filterIssuedFrom(browser, today.plusDays(1));
        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(page ->
                !page.findElement(By.id("certificates:list")).getText().contains(code)
                        && page.findElements(By.id("certificates:zip")).isEmpty());
        filterIssuedFrom(browser, today.minusDays(1));
        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(page ->
                page.findElement(By.id("certificates:list")).getText().contains(code));
        assertThat(browser.findElement(By.id("certificates:zip")).getAttribute("href")).contains("from=" + today.minusDays(1));
        // A period that ends before it begins is refused next to its first day, not answered with an empty register:
        // the list keeps the filter it had.
        setDate(browser, "certificates:until", today.minusDays(2));
        browser.findElement(By.id("certificates:apply")).click();
        WebElement reversed = Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(page ->
                page.findElement(By.xpath("//input[@id='certificates:from']/following-sibling::*"
                        + "[contains(@class, 'ui-message')][contains(., '«Emitidos desde» es posterior a «Emitidos hasta»')]")));
        assertThat(reversed.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("certificates:list")).getText()).contains(code);
        assertThat(browser.findElement(By.id("certificates:zip")).getAttribute("href")).doesNotContain("to=");
        setDate(browser, "certificates:until", null);

        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//tr[td/code[.='" + code + "']]//button[contains(@id,'revoke')]"))).click();
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("revokeForm:reason")))
                .sendKeys("Emitido por error en una prueba");
        Browser.saveScreenshot(browser, "certificate-revoke-dialog");
        browser.findElement(By.id("revokeForm:confirm")).click();
        Pages.waitForText(browser, By.id("messages"), code);
        Browser.saveScreenshot(browser, "certificate-revoked");

        browser.get(server.uri("/hr/audit.xhtml").toString());
        assertThat(browser.findElement(By.id("audit:events")).getText()).contains("Certificado revocado", code,
                "Emitido por error en una prueba", "Clave de firma cambiada");

        Pages.signOut(browser);
        browser.get(server.uri("/verify/" + code).toString());
        assertThat(browser.findElement(By.cssSelector(".verification h2")).getText()).isEqualTo("Certificado revocado");
        html.check("verify, a revoked certificate");
        audit.check("verify, a revoked certificate", DESKTOP, PHONE);
        assertThat(html.errors()).as("Nu HTML Checker errors").isEmpty();
        assertThat(audit.findings()).as("WCAG 2.1 AA and structure findings").isEmpty();
        assertThat(checkCredential(server, badge)).contains("\"verified\":false", "\"status\":\"revoked\"");
    }

    private static void completeCourse(WebDriver browser, AtiendeServer server) {
        browser.get(server.uri("/learner/catalog.xhtml").toString());
        browser.findElement(By.xpath("//li[h2[normalize-space()=\"" + COURSE_TITLE + "\"]]//button")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        Pages.finishLessonsAndRolePlays(browser, COURSE);
        Pages.openFinalAssessment(browser, COURSE);
        Pages.startFinalAssessment(browser);
        Pages.answerFinalAssessment(browser, COURSE, true, 0);
        Pages.waitForText(browser, By.cssSelector(".result h2"), "Evaluación superada");
        browser.findElement(By.id("backToCourse")).click();
        Pages.waitForText(browser, By.cssSelector(".notice.success"), "Curso completado");
    }

    /** Sets the issued-from date field, then applies the filter. */
    private static void filterIssuedFrom(WebDriver browser, LocalDate from) {
        setDate(browser, "certificates:from", from);
        browser.findElement(By.id("certificates:apply")).click();
    }

    /** Sets a date field, or empties it for null. */
    private static void setDate(WebDriver browser, String id, LocalDate day) {
        // A date field's typed format follows the browser's language; its value is always yyyy-MM-dd.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                day == null ? "" : day.toString());
    }

    /** Fetches a link with the browser's session, as clicking it would. */
    private String checkCredential(AtiendeServer server, String jwt) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri("/api/v1/credentials/verify"))
                .header("Content-Type", "application/vc+jwt").POST(HttpRequest.BodyPublishers.ofString(jwt)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
