package com.atiende.it.browser;

import static com.atiende.it.browser.AccessibilityAudit.Width.DESKTOP;
import static com.atiende.it.browser.AccessibilityAudit.Width.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.content.CourseDefinition;
import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #6 checked by a validator nobody on the team wrote: every kind of page a person sees, signed out, as an
 * employee (on a desk PC and on a phone), as HR and as an administrator, passes Deque's axe-core for WCAG 2.1 A and
 * AA, has a title, one main landmark and an h1; and the role-play player can be played with the keyboard alone.
 * Each test signs in its own demo account and takes a course no other browser test takes, so the order of the
 * tests does not matter.
 */
@RunningAtiende
@ExtendWith(Browser.class)
class AccessibilityBrowserIT {

    private static final CourseDefinition COURSE = ShippedScenarios.course("lo-que-no-soportan");
    private static final String UNKNOWN_CODE = "ABCD2345EFGH";

    @Test
    void everyPageMeetsWcag21AA(AtiendeServer server, WebDriver browser) throws IOException {
        AccessibilityAudit audit = new AccessibilityAudit(browser);

        open(browser, server, "/");
        audit.check("home, signed out", DESKTOP, PHONE);
        open(browser, server, "/login.xhtml");
        audit.check("sign-in", DESKTOP, PHONE);
        browser.findElement(By.id("signIn:email")).sendKeys("nadie@ejemplo.com");
        browser.findElement(By.id("signIn:password")).sendKeys("no-es-la-clave");
        browser.findElement(By.id("signIn:submit")).click();
        Pages.waitFor(browser).ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signIn\\:messages .message")));
        audit.check("sign-in, refused", DESKTOP, PHONE);
        open(browser, server, "/verify.xhtml");
        audit.check("verify", DESKTOP, PHONE);
        open(browser, server, "/verify/" + UNKNOWN_CODE);
        assertThat(browser.findElement(By.cssSelector(".verification")).getAttribute("data-state")).isNotBlank();
        audit.check("verify, unknown code", DESKTOP, PHONE);
        open(browser, server, "/no-such-page.xhtml");
        audit.check("not found", DESKTOP, PHONE);

        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        open(browser, server, "/");
        audit.check("home, signed in", DESKTOP, PHONE);
        open(browser, server, "/learner/catalog.xhtml");
        audit.check("catalog", DESKTOP, PHONE);
        browser.findElement(By.xpath("//li[h3[normalize-space()=\"" + COURSE.title() + "\"]]//button")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        String coursePage = browser.getCurrentUrl();
        audit.check("course", DESKTOP, PHONE);

        browser.get(coursePage);
        browser.findElement(By.linkText(ShippedScenarios.lessonTitles(COURSE.code()).get(0))).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/lesson.xhtml"));
        browser.findElements(By.cssSelector(".question summary")).stream().findFirst().ifPresent(WebElement::click);
        audit.check("lesson, a self-check answer open", DESKTOP, PHONE);
        WebElement markRead = browser.findElement(By.id("reading:markRead"));
        markRead.click();
        Pages.waitForNextPage(browser, markRead);
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".read-badge")));
        audit.check("lesson, just marked read (a message shown)", DESKTOP, PHONE);

        browser.get(coursePage);
        ScenarioDefinition scenario = COURSE.scenarios().get(0);
        browser.findElement(By.xpath("//button[@aria-label=\"" + scenario.title() + "\"]")).click();
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("says")));
        answer(browser, scenario, currentStep(browser));
        audit.check("role-play player, mid-conversation", DESKTOP, PHONE);
        for (int turn = 0; turn < 50 && !browser.findElements(By.cssSelector("button[data-choice]")).isEmpty(); turn++) {
            answer(browser, scenario, currentStep(browser));
        }
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result")));
        audit.check("role-play result", DESKTOP, PHONE);
        open(browser, server, "/learner/index.xhtml");
        audit.check("my learning, a course under way", DESKTOP, PHONE);

        open(browser, server, "/account/profile.xhtml");
        audit.check("profile", DESKTOP, PHONE);
        for (String hrPage : new String[] {"audit", "tokens", "certificates", "expiring"}) {
            open(browser, server, "/hr/" + hrPage + ".xhtml");
            audit.check("HR " + hrPage, DESKTOP, PHONE);
        }

        browser.manage().deleteAllCookies();
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        open(browser, server, "/admin/users.xhtml");
        audit.check("admin users", DESKTOP, PHONE);
        open(browser, server, "/admin/import.xhtml");
        audit.check("admin import", DESKTOP, PHONE);
        Path badCsv = Files.createTempFile("directorio", ".csv");
        Files.writeString(badCsv, "name,email,department,manager,roles\nSin correo,,Ventas,,EMPLOYEE\n", StandardCharsets.UTF_8);
        badCsv.toFile().deleteOnExit();
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(badCsv.toAbsolutePath().toString());
        WebElement upload = browser.findElement(By.id("import:upload"));
        upload.click();
        Pages.waitForNextPage(browser, upload);
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));
        audit.check("admin import, a refused file", DESKTOP, PHONE);

        System.out.println("Accessibility: " + audit.summary() + "; for a person to review, axe being unsure:\n  "
                + String.join("\n  ", audit.toReview()));
        assertThat(audit.findings()).as("WCAG 2.1 AA and structure findings, %s", audit.summary())
                .withFailMessage(() -> audit.findings().size() + " findings:\n" + String.join("\n", audit.findings()))
                .isEmpty();
    }

    @Test
    void theRolePlayIsPlayedWithTheKeyboardAlone(AtiendeServer server, WebDriver browser) {
        Pages.signIn(browser, server, DemoAccounts.TRAINER.email(), DemoAccounts.PASSWORD);
        open(browser, server, "/learner/catalog.xhtml");
        browser.findElement(By.xpath("//li[h3[normalize-space()=\"" + COURSE.title() + "\"]]//button")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        ScenarioDefinition scenario = COURSE.scenarios().get(COURSE.scenarios().size() - 1);
        browser.findElement(By.xpath("//button[@aria-label=\"" + scenario.title() + "\"]")).click();
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("says")));
        browser.get(browser.getCurrentUrl()); // the player afresh: the focus starts at the top of the page

        String step = currentStep(browser);
        String choice = ShippedScenarios.bestChoice(scenario, step);
        tabTo(browser, choice);
        assertThat(focusIndicator(browser)).as("the focused reply shows where the focus is").isNotEqualTo("none");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        step = ShippedScenarios.nextStep(scenario, step, choice);
        Pages.waitFor(browser).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.id("says"), "data-step", step));

        choice = ShippedScenarios.bestChoice(scenario, step);
        tabTo(browser, choice);
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        String next = ShippedScenarios.nextStep(scenario, step, choice);
        Pages.waitFor(browser).ignoring(WebDriverException.class).until(scenario.step(next).isPresent()
                ? ExpectedConditions.attributeToBe(By.id("says"), "data-step", next)
                : ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result")));
        assertThat(browser.findElements(By.cssSelector(".transcript .turn, .review li"))).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Presses TAB, and nothing else, until the reply {@code choice} has the focus. */
    private static void tabTo(WebDriver browser, String choice) {
        for (int presses = 0; presses < 100; presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (choice.equals(focused.getAttribute("data-choice"))) {
                assertThat(focused.getTagName()).isEqualTo("button");
                assertThat(focused.getAccessibleName()).isNotBlank();
                return;
            }
        }
        throw new AssertionError("the reply " + choice + " cannot be reached with TAB");
    }

    /** The focused element's outline, or its box shadow where the theme draws the focus ring that way. */
    private static String focusIndicator(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const style = getComputedStyle(document.activeElement);
                return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? style.outlineStyle
                     : style.boxShadow;""");
    }

    private static String currentStep(WebDriver browser) {
        return browser.findElement(By.id("says")).getAttribute("data-step");
    }

    private static void answer(WebDriver browser, ScenarioDefinition scenario, String step) {
        WebElement says = browser.findElement(By.id("says"));
        browser.findElement(By.cssSelector("button[data-choice='" + ShippedScenarios.bestChoice(scenario, step) + "']")).click();
        Pages.waitForNextPage(browser, says);
    }

    private static void open(WebDriver browser, AtiendeServer server, String path) {
        browser.get(server.uri(path).toString());
    }
}
