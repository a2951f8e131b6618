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
import org.assertj.core.api.SoftAssertions;
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
 * Issue #6 checked by validators nobody on the team wrote: every kind of page a person sees, signed out, as an
 * employee (on a desk PC and on a phone), as HR and as an administrator, passes Deque's axe-core for WCAG 2.1 A and
 * AA, has a title, one main landmark and an h1, and is sent as valid HTML by the Nu HTML Checker; and the role-play
 * player can be played with the keyboard alone. The HTML check rides on the same visits rather than a test of its own:
 * the states worth validating (a refused sign-in, a conversation half played) are the ones this walk already reaches.
 * Each test signs in its own demo account and takes a course no other browser test takes, so the order of the
 * tests does not matter.
 */
@RunningAtiende
@ExtendWith(Browser.class)
class AccessibilityBrowserIT {

    private static final CourseDefinition COURSE = ShippedScenarios.course("lo-que-no-soportan");
    private static final String UNKNOWN_CODE = "ABCD2345EFGH";

    @Test
    void everyPageMeetsWcag21AAAndIsValidHtml(AtiendeServer server, WebDriver browser) throws IOException {
        AccessibilityAudit audit = new AccessibilityAudit(browser);
        HtmlConformance html = new HtmlConformance(browser);
        PageChecks checks = new PageChecks(audit, html);

        open(browser, server, "/");
        checks.check("home, signed out");
        open(browser, server, "/login.xhtml");
        checks.check("sign-in");
        browser.findElement(By.id("signIn:email")).sendKeys("nadie@ejemplo.com");
        browser.findElement(By.id("signIn:password")).sendKeys("no-es-la-clave");
        browser.findElement(By.id("signIn:submit")).click();
        Pages.waitFor(browser).ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signIn\\:messages .message")));
        checks.check("sign-in, refused");
        open(browser, server, "/verify.xhtml");
        checks.check("verify");
        open(browser, server, "/verify/" + UNKNOWN_CODE);
        assertThat(browser.findElement(By.cssSelector(".verification")).getAttribute("data-state")).isNotBlank();
        checks.check("verify, unknown code");
        open(browser, server, "/no-such-page.xhtml");
        checks.check("not found");
        open(browser, server, "/course.xhtml?code=" + COURSE.code());
        checks.check("a course before enrolling, signed out");

        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        open(browser, server, "/");
        checks.check("home, signed in");
        open(browser, server, "/course.xhtml?code=" + COURSE.code());
        checks.check("a course before enrolling, signed in");
        open(browser, server, "/learner/catalog.xhtml");
        checks.check("catalog");
        browser.findElement(By.xpath("//li[h2[normalize-space()=\"" + COURSE.title() + "\"]]//button")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        String coursePage = browser.getCurrentUrl();
        checks.check("course");

        browser.get(coursePage);
        String lesson = ShippedScenarios.lessonTitles(COURSE.code()).get(0);
        browser.findElement(By.linkText(lesson)).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/lesson.xhtml"));
        Pages.openSelfCheckOption(browser, ShippedScenarios.rightSelfCheckOption(COURSE.code(), lesson));
        checks.check("lesson, a self-check answer open");
        WebElement markRead = browser.findElement(By.id("reading:markRead"));
        markRead.click();
        Pages.waitForNextPage(browser, markRead);
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".read-badge")));
        checks.check("lesson, just marked read (a message shown)");

        browser.get(coursePage);
        ScenarioDefinition scenario = COURSE.scenarios().get(0);
        browser.findElement(Pages.rolePlayButton(scenario.title())).click();
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("says")));
        answer(browser, scenario, currentStep(browser));
        checks.check("role-play player, mid-conversation");
        for (int turn = 0; turn < 50 && !browser.findElements(By.cssSelector("button[data-choice]")).isEmpty(); turn++) {
            answer(browser, scenario, currentStep(browser));
        }
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result")));
        checks.check("role-play result");
        open(browser, server, "/learner/index.xhtml");
        checks.check("my learning, a course under way");

        browser.get(coursePage);
        String enrolment = coursePage.replaceFirst(".*enrolment=(\\d+).*", "$1");
        open(browser, server, "/learner/assessment.xhtml?enrolment=" + enrolment);
        checks.check("final assessment, locked");
        browser.get(coursePage);
        Pages.finishLessonsAndRolePlays(browser, COURSE.code());
        Pages.openFinalAssessment(browser, COURSE.code());
        checks.check("final assessment, ready");
        Pages.startFinalAssessment(browser);
        Pages.answerFinalAssessment(browser, COURSE.code(), false, 1);
        Pages.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".exam-question.unanswered")));
        checks.check("final assessment, a question unanswered");
        Pages.answerFinalAssessment(browser, COURSE.code(), false, 0);
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".exam-review")));
        checks.check("final assessment, failed, with the review");

        open(browser, server, "/account/profile.xhtml");
        checks.check("profile");
        for (String hrPage : new String[] {"assignments", "audit", "tokens", "certificates", "expiring"}) {
            open(browser, server, "/hr/" + hrPage + ".xhtml");
            checks.check("HR " + hrPage);
        }

        browser.manage().deleteAllCookies();
        Pages.signIn(browser, server, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        open(browser, server, "/admin/users.xhtml");
        checks.check("admin users");
        open(browser, server, "/admin/keys.xhtml");
        checks.check("admin signing key");
        browser.findElement(By.id("keys:rotate")).click();
        Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("keys:confirmRotation")));
        checks.check("admin signing key, confirming a rotation");
        browser.findElement(By.id("keys:cancel")).click();
        open(browser, server, "/admin/import.xhtml");
        checks.check("admin import");
        Path badCsv = Files.createTempFile("directorio", ".csv");
        Files.writeString(badCsv, "name,email,department,manager,roles\nSin correo,,Ventas,,EMPLOYEE\n", StandardCharsets.UTF_8);
        badCsv.toFile().deleteOnExit();
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(badCsv.toAbsolutePath().toString());
        WebElement upload = browser.findElement(By.id("import:upload"));
        upload.click();
        Pages.waitForNextPage(browser, upload);
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));
        checks.check("admin import, a refused file");

        System.out.println("Accessibility: " + audit.summary() + "; for a person to review, axe being unsure:\n  "
                + String.join("\n  ", audit.toReview()));
        System.out.println("HTML conformance: " + html.summary());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(audit.findings()).as("WCAG 2.1 AA and structure findings, %s", audit.summary())
                    .withFailMessage(() -> audit.findings().size() + " findings:\n" + String.join("\n", audit.findings()))
                    .isEmpty();
            softly.assertThat(html.errors()).as("Nu HTML Checker errors, %s", html.summary())
                    .withFailMessage(() -> html.errors().size() + " HTML errors:\n" + String.join("\n", html.errors()))
                    .isEmpty();
        });
    }

    @Test
    void theRolePlayIsPlayedWithTheKeyboardAlone(AtiendeServer server, WebDriver browser) {
        Pages.signIn(browser, server, DemoAccounts.TRAINER.email(), DemoAccounts.PASSWORD);
        open(browser, server, "/learner/catalog.xhtml");
        browser.findElement(By.xpath("//li[h2[normalize-space()=\"" + COURSE.title() + "\"]]//button")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        ScenarioDefinition scenario = COURSE.scenarios().get(COURSE.scenarios().size() - 1);
        browser.findElement(Pages.rolePlayButton(scenario.title())).click();
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

    /** A page state is audited at both widths; its markup, which the width does not change, is validated once. */
    private record PageChecks(AccessibilityAudit accessibility, HtmlConformance html) {

        void check(String page) {
            html.check(page);
            accessibility.check(page, DESKTOP, PHONE);
        }
    }
}
