package com.atiende.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.atiende.it.WebSession;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasPermissions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Administrators and HR at work in a real browser: accounts, the directory import, API tokens. */
@RunningAtiende
@ExtendWith(Browser.class)
class AdministrationBrowserIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdministratorCreatesAPersonWhoThenSignsIn(AtiendeServer server, WebDriver browser) {
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/admin/users.xhtml").toString());
        String hostileName = "Eva <script>alert('xss')</script> Nueva";

        browser.findElement(By.id("create:email")).sendKeys("eva.nueva@ejemplo.com");
        browser.findElement(By.id("create:name")).sendKeys(hostileName);
        browser.findElement(By.id("create:department")).sendKeys("Atención al cliente");
        browser.findElement(By.id("create:submit")).click();
        String password = Pages.waitForText(browser, By.id("one-time-password"), "").getText();
        Pages.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:list"), "eva.nueva@ejemplo.com"));

        assertThat(browser.findElement(By.id("people:list")).getText()).contains(hostileName);
        assertThat(password).hasSize(16);
        Browser.saveScreenshot(browser, "admin-users");

        Pages.signOut(browser);
        Pages.signIn(browser, server, "eva.nueva@ejemplo.com", password);
        browser.get(server.uri("/learner/index.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mi aprendizaje");
        browser.get(server.uri("/admin/users.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sin acceso");
    }

    @Test
    void rolesPasswordsAndDeactivationTakeEffectAndAreAudited(AtiendeServer server, WebDriver browser) throws Exception {
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/admin/users.xhtml").toString());
        browser.findElement(By.id("create:email")).sendKeys("pablo.roles@ejemplo.com");
        browser.findElement(By.id("create:name")).sendKeys("Pablo Roles");
        browser.findElement(By.id("create:submit")).click();
        String first = Pages.waitForText(browser, By.id("one-time-password"), "").getText();
        Pages.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:list"), "pablo.roles@ejemplo.com"));

        browser.findElement(By.xpath("//tr[td[contains(., 'pablo.roles@ejemplo.com')]]//button[normalize-space()='Roles']")).click();
        // In a dialog over the list, which stays open on a refusal and closes once they are saved.
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("roles:save")));
        browser.findElement(By.xpath("//form[@id='roles']//label[normalize-space()='Empleado/a']")).click();
        browser.findElement(By.id("roles:save")).click();
        Pages.waitForText(browser, By.id("roles"), "Elige al menos un rol");
        assertThat(browser.findElement(By.id("rolesDialog")).isDisplayed()).isTrue();
        browser.findElement(By.xpath("//form[@id='roles']//label[normalize-space()='Empleado/a']")).click();
        browser.findElement(By.xpath("//form[@id='roles']//label[normalize-space()='RR. HH.']")).click();
        browser.findElement(By.id("roles:save")).click();
        Pages.waitForText(browser, By.id("people:messages"), "Roles de pablo.roles@ejemplo.com actualizados");
        Pages.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("rolesDialog")));

        browser.findElement(By.xpath("//tr[td[contains(., 'pablo.roles@ejemplo.com')]]//button[normalize-space()='Nueva contraseña']")).click();
        Pages.waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("one-time-password"), first)));
        String second = browser.findElement(By.id("one-time-password")).getText();

        WebSession person = new WebSession(server);
        assertThat(person.signIn("pablo.roles@ejemplo.com", first).statusCode()).as("old password").isEqualTo(200);
        assertThat(person.signIn("pablo.roles@ejemplo.com", second).statusCode()).as("new password").isEqualTo(302);
        assertThat(person.get("/hr/audit.xhtml").statusCode()).as("HR page with the HR role").isEqualTo(200);

        browser.get(server.uri("/admin/users.xhtml").toString());
        browser.findElement(By.xpath("//tr[td[contains(., 'pablo.roles@ejemplo.com')]]//button[normalize-space()='Desactivar']")).click();
        Pages.waitForText(browser, By.id("people:messages"), "desactivada");
        assertThat(new WebSession(server).signIn("pablo.roles@ejemplo.com", second).statusCode()).as("deactivated").isEqualTo(200);

        browser.get(server.uri("/hr/audit.xhtml").toString());
        assertThat(browser.findElement(By.id("audit:events")).getText())
                .contains("Roles cambiados", "Contraseña restablecida", "Cuenta desactivada", "Cuenta creada",
                        "pablo.roles@ejemplo.com", "Roles: Empleado/a → Empleado/a, RR. HH.")
                .doesNotContain("EMPLOYEE");
    }

    @Test
    void anAdministratorIsNotOfferedToDeactivateTheirOwnAccount(AtiendeServer server, WebDriver browser) {
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/admin/users.xhtml").toString());
        // The demo accounts only, on one page whatever other tests have created before.
        browser.findElement(By.id("people:filter")).sendKeys("@demo.atiende");
        browser.findElement(By.id("people:search")).click();
        Pages.waitFor(browser).ignoring(StaleElementReferenceException.class).until(page -> {
            List<WebElement> rows = page.findElements(By.cssSelector("#people\\:list tbody tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains("@demo.atiende"));
        });

        By ownRow = By.xpath("//tr[td[contains(., '" + DemoAccounts.ADMIN.email() + "')]]");
        By hrRow = By.xpath("//tr[td[contains(., '" + DemoAccounts.HR.email() + "')]]");
        assertThat(browser.findElement(ownRow).findElements(By.tagName("button"))).extracting(WebElement::getText)
                .containsExactly("Nueva contraseña", "Roles");
        assertThat(browser.findElement(hrRow).findElements(By.tagName("button"))).extracting(WebElement::getText)
                .containsExactly("Desactivar", "Nueva contraseña", "Roles");
    }

    @Test
    void aDirectoryWithABadLineImportsNothingAndNamesTheLine(AtiendeServer server, WebDriver browser) throws Exception {
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Pages.importDirectory(browser, server, """
                name,email,department,manager,roles
                Ana Jefa,ana.jefa@ejemplo.com,Ventas,,EMPLOYEE|HR
                Bruno Sin Correo,,Ventas,ana.jefa@ejemplo.com,EMPLOYEE
                Carla Rol Raro,carla@ejemplo.com,Ventas,ana.jefa@ejemplo.com,JEFAZO
                """);

        String problems = browser.findElement(By.id("import:problems")).getText();
        assertThat(problems).contains("3", "Escribe el correo electrónico.",
                "4", "«JEFAZO» no es un rol. Los roles son EMPLOYEE, TRAINER, HR, ADMIN.").doesNotContain("unknown role");
        assertThat(browser.findElement(By.id("import:messages")).getText())
                .contains("No se ha importado nada: 2 problemas.");

        Pages.importDirectory(browser, server, """
                name,email,department,manager,roles
                Ana Jefa,ana.jefa@ejemplo.com,Ventas,,EMPLOYEE|HR
                "Comillas sin cerrar,x@ejemplo.com,Ventas,,EMPLOYEE
                """);

        assertThat(browser.findElement(By.id("import:problems")).getText())
                .contains("3", "Unas comillas que se abren en esta línea no se cierran.");
        assertThat(browser.findElement(By.id("import:messages")).getText())
                .contains("No se ha importado nada: un problema.");
        assertThat(browser.getTitle()).doesNotContainIgnoringCase("error");

        Pages.importDirectory(browser, server, """
                name,email,department,manager,roles
                Dario Empleado,dario@ejemplo.com,Ventas,ana.jefa@ejemplo.com,EMPLOYEE
                Ana Jefa,ana.jefa@ejemplo.com,Ventas,,EMPLOYEE|HR
                """);

        assertThat(browser.findElement(By.id("import:messages")).getText()).contains("Importadas 2 personas");
        browser.get(server.uri("/admin/users.xhtml").toString());
        assertThat(browser.findElement(By.id("people:list")).getText()).contains("dario@ejemplo.com", "ana.jefa@ejemplo.com");
    }

    @Test
    void hrCreatesAScopedTokenThatTheApiHonoursUntilRevoked(AtiendeServer server, WebDriver browser) throws Exception {
        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        String coursesToken = Pages.createToken(browser, server, "Sistema de RR. HH.", "courses:read");
        String reportsToken = Pages.createToken(browser, server, "Solo informes", "reports:read");

        HttpResponse<String> courses = api(server, coursesToken);
        assertThat(courses.statusCode()).isEqualTo(200);
        assertThat(courses.body()).contains("\"code\":\"escucha-empatia\"", "\"code\":\"lo-que-no-soportan\"");
        HttpResponse<String> wrongScope = api(server, reportsToken);
        assertThat(wrongScope.statusCode()).isEqualTo(403);
        assertThat(wrongScope.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        browser.get(server.uri("/hr/tokens.xhtml").toString());
        browser.findElement(By.xpath("//tr[td[contains(., 'Sistema de RR. HH.')]]//button")).click();
        Pages.waitForText(browser, By.id("tokens:list"), "Revocado");

        assertThat(api(server, coursesToken).statusCode()).isEqualTo(401);
        browser.get(server.uri("/hr/audit.xhtml").toString());
        assertThat(browser.findElement(By.id("audit:events")).getText())
                .contains("Token de API usado", "Token de API revocado", "Permisos: reports:read");
    }

    @Test
    void theTokenPageSaysWhatEachScopeAllowsCopiesTheSecretAndListsScopesApart(AtiendeServer server, WebDriver browser)
            throws Exception {
        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/hr/tokens.xhtml").toString());
        assertThat(browser.findElements(By.cssSelector("#tokens\\:scopes label"))).extracting(WebElement::getText)
                .containsExactly(
                        "assignments:write — asignar cursos con fecha límite a personas, departamentos o toda la organización",
                        "courses:read — ver los cursos publicados: versión actual, tamaño y competencias",
                        "metrics:read — leer las métricas del servidor en /metrics (memoria, hilos, base de datos),"
                                + " solo con el token de un administrador",
                        "reports:read — leer los cursos asignados y en qué punto está cada persona (pendiente, fuera de plazo, completado)");

        String secret = Pages.createToken(browser, server, "Para copiar", "assignments:write", "reports:read");
        ((HasPermissions) browser).setPermission("clipboard-read", "granted");
        ((HasPermissions) browser).setPermission("clipboard-write", "granted");
        browser.findElement(By.id("copy-secret")).click();
        Pages.waitForText(browser, By.id("copy-status"), "Token copiado al portapapeles.");
        Object clipboard = ((JavascriptExecutor) browser).executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], error => arguments[0]('refused: ' + error));");
        assertThat(clipboard).isEqualTo(secret);

        // The scopes of a token read apart in the cell's text, not "assignments:writereports:read".
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'Para copiar')]]")).getText())
                .contains("assignments:write, reports:read");
    }

    @Test
    void aTokenWithoutAValidityInRangeIsRefusedNextToTheField(AtiendeServer server, WebDriver browser) {
        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/hr/tokens.xhtml").toString());
        browser.findElement(By.id("tokens:label")).sendKeys("Sin validez");
        browser.findElement(Pages.scopeLabel("courses:read")).click();

        for (String days : new String[] {"", "400"}) {
            WebElement field = browser.findElement(By.id("tokens:days"));
            field.clear();
            field.sendKeys(days);
            browser.findElement(By.id("tokens:create")).click();
            // The form is replaced by the answer: wait for that, or the previous round's message would do.
            Pages.waitForNextPage(browser, field);

            WebElement message = Pages.waitForText(browser,
                    By.xpath("//input[@id='tokens:days']/following-sibling::*[contains(@class, 'ui-message')]"),
                    "La validez debe estar entre 1 y 365 días.");
            assertThat(message.isDisplayed()).as("days '%s'", days).isTrue();
        }
        assertThat(browser.findElement(By.id("tokens:list")).getText()).doesNotContain("Sin validez");
    }

    private HttpResponse<String> api(AtiendeServer server, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri("/api/v1/courses"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
