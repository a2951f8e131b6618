package com.atiende.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import com.atiende.it.WebSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An employee's whole journey in a real browser: enrol from the catalogue, read every lesson (with its
 * self-check, whose options keep their order when the page is shown again), fail a role-play and see why, retake and
 * pass it, pass the other, pass the final assessment (after handing it in with a question unanswered), complete the
 * course and find the certificate; and a role-play resumed after signing out in the middle, double clicks included,
 * its replies in the same order after a reload and on resuming and one picked by what it says, whose pages a
 * colleague cannot open by using its ids. Replies and options are picked by id or text: their order is shuffled per
 * attempt and per enrolment.
 */
@RunningAtiende
@ExtendWith(Browser.class)
class EmployeeJourneyBrowserIT {

    private static final String COURSE = "escucha-empatia";
    private static final String COURSE_TITLE = "Escuchar y empatizar";

    @Test
    void anEmployeeCompletesACourseAfterFailingARolePlayOnce(AtiendeServer server, WebDriver browser) {
        Pages.signIn(browser, server, DemoAccounts.EMPLOYEE.email(), DemoAccounts.PASSWORD);
        enrol(browser, server, COURSE_TITLE);
        browser.get(server.uri("/learner/index.xhtml").toString());
        List<String> lessons = ShippedScenarios.lessonTitles(COURSE);
        WebElement start = browser.findElement(continueLink(COURSE_TITLE));
        assertThat(start.getText()).as("a new course starts at its first lesson").isEqualTo(lessons.get(0));
        start.click();
        Pages.waitForText(browser, By.tagName("h1"), lessons.get(0));
        browser.findElement(By.cssSelector(".breadcrumb a")).click();

        for (String lesson : lessons) {
            readLesson(browser, lesson);
        }
        ScenarioDefinition blockedCard = ShippedScenarios.scenario(COURSE, "tarjeta-bloqueada");
        openRolePlay(browser, blockedCard.title());
        play(browser, blockedCard, false);
        assertThat(browser.findElement(By.cssSelector(".result h2")).getText()).isEqualTo("Simulación no superada");
        assertThat(browser.findElement(By.cssSelector(".result .reasons")).getText())
                .as("the worst replies include a critical one, which fails the attempt by itself")
                .contains("Una respuesta crítica terminó la conversación, y por sí sola suspende la simulación:");
        assertThat(browser.findElement(By.cssSelector(".result .review")).getText()).isNotBlank();
        Browser.saveScreenshot(browser, "player-failed");
        String failedScore = overallScore(browser);

        browser.findElement(By.id("backToCourse")).click();
        WebElement row = Pages.waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(courseItem(blockedCard.title())));
        assertThat(row.getText()).as("the course page keeps the failed attempt's score")
                .contains("Mejor resultado: " + failedScore, "Intentos: 1 de 3", "Reintentar");
        browser.navigate().back();
        browser.findElement(By.id("player:retry")).click();
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("says")));
        play(browser, blockedCard, true);
        assertThat(browser.findElement(By.cssSelector(".result h2")).getText()).isEqualTo("Simulación superada");
        assertThat(browser.findElement(By.cssSelector(".score-table")).getText()).contains("Escucha activa", "Empatía");
        assertThat(browser.findElements(By.cssSelector(".result canvas"))).isNotEmpty();
        assertThat(chartProblems(browser)).as("the radar at 1280 px").isEmpty();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            Pages.waitFor(browser).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return Object.values(PrimeFaces.widgets).find(w => w && w.chart).chart.width")).intValue() < 390);
            assertThat(chartProblems(browser)).as("the radar at 390 px").isEmpty();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        Browser.saveScreenshot(browser, "player-passed");

        assertThat(browser.findElements(By.id("player:courseCompleted"))).as("a role-play left: not complete yet")
                .isEmpty();

        browser.findElement(By.id("backToCourse")).click();
        ScenarioDefinition pharmacy = ShippedScenarios.scenario(COURSE, "mostrador-farmacia");
        openRolePlay(browser, pharmacy.title());
        play(browser, pharmacy, true);
        assertThat(browser.findElements(By.id("player:courseCompleted")))
                .as("the last role-play leaves the final assessment to pass").isEmpty();
        browser.findElement(By.id("backToCourse")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));

        // The final assessment: its rules first; a hand-in with a question unanswered keeps every answer chosen and
        // marks the one missing; then a pass, which completes the course.
        Pages.openFinalAssessment(browser, COURSE);
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("10 preguntas", "80 %",
                "Intentos: 0 de 3");
        Pages.startFinalAssessment(browser);
        List<WebElement> questions = browser.findElements(By.cssSelector("li.exam-question"));
        assertThat(questions).hasSize(10);
        String firstQuestion = questions.get(0).getAttribute("data-question");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("li.exam-question")).getAttribute("data-question"))
                .as("a reload shows the same questions").isEqualTo(firstQuestion);
        Pages.answerFinalAssessment(browser, COURSE, true, 1);
        assertThat(browser.findElement(By.id("assessment:messages")).getText())
                .contains("Falta 1 respuesta", "No se ha guardado nada");
        assertThat(browser.findElement(By.cssSelector("li.exam-question.unanswered")).getAttribute("data-question"))
                .isEqualTo(firstQuestion);
        assertThat(browser.findElements(By.cssSelector("li.exam-question input[type=radio]:checked")))
                .as("the nine answers chosen are still chosen").hasSize(9);
        WebElement first = browser.findElement(By.cssSelector("li.exam-question.unanswered"));
        String right = String.valueOf(ShippedScenarios.correctOption(COURSE, firstQuestion));
        first.findElement(By.cssSelector("input[value='" + right + "']")).click();
        WebElement submit = browser.findElement(By.id("submitAnswers"));
        submit.click();
        Pages.waitForNextPage(browser, submit);
        assertThat(Pages.waitForText(browser, By.cssSelector(".result h2"), "Evaluación superada").getText())
                .isEqualTo("Evaluación superada");
        assertThat(browser.findElement(By.cssSelector(".result .overall")).getText())
                .contains("Has acertado 10 de 10 (100 %)");
        assertThat(browser.findElements(By.cssSelector(".exam-review li.right"))).hasSize(10);
        Browser.saveScreenshot(browser, "final-assessment-passed");
        assertThat(browser.findElement(By.id("assessment:courseCompleted")).getText())
                .as("the pass that completes the course says so, and where the certificate is")
                .contains("has completado el curso", "Tu certificado, en Mi aprendizaje");
        assertThat(browser.findElement(By.linkText("Tu certificado, en Mi aprendizaje")).getAttribute("href"))
                .endsWith("/learner/index.xhtml#certificates");
        browser.findElement(By.id("backToCourse")).click();

        assertThat(Pages.waitForText(browser, By.cssSelector(".notice.success"), "Curso completado").getText())
                .contains("¡Curso completado!");
        browser.get(server.uri("/learner/index.xhtml").toString());
        String certificates = browser.findElement(By.id("certificateList")).getText();
        assertThat(certificates).contains(COURSE_TITLE).containsPattern("[2-9A-HJ-NP-Z]{10,}");
        Browser.saveScreenshot(browser, "my-learning");

        browser.findElement(By.linkText("English")).click();
        assertThat(Pages.waitForText(browser, By.tagName("h1"), "My learning").getText()).isEqualTo("My learning");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.linkText("Español")).click();
        Pages.waitForText(browser, By.tagName("h1"), "Mi aprendizaje");

        // HR finds it all in the audit log, in words, under the employee's e-mail.
        Pages.signOut(browser);
        Pages.signIn(browser, server, DemoAccounts.HR.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/hr/audit.xhtml").toString());
        browser.findElement(By.id("audit:who")).sendKeys(DemoAccounts.EMPLOYEE.email());
        WebElement events = browser.findElement(By.id("audit:events"));
        browser.findElement(By.id("audit:apply")).click();
        Pages.waitForNextPage(browser, events);
        assertThat(Pages.waitForText(browser, By.id("audit:events"), "Certificado emitido").getText())
                .contains("Role-play terminado", "Evaluación final entregada", "Curso completado",
                        DemoAccounts.EMPLOYEE.email(), COURSE,
                        "intento 1: no superado", "intento 1: superado", "intento 2: superado", "válido hasta");
    }

    @Test
    void aRolePlayResumesAtTheSameStepAfterSigningOutAndDoubleClicksCountOnce(AtiendeServer server, WebDriver browser)
            throws Exception {
        ScenarioDefinition reception = ShippedScenarios.scenario("atencion", "recepcion-clinica");
        Pages.signIn(browser, server, DemoAccounts.EMPLOYEE.email(), DemoAccounts.PASSWORD);
        enrol(browser, server, "Atender es prestar atención");
        openRolePlay(browser, reception.title());

        String step = reception.start();
        List<String> firstOrder = Pages.replyOrder(browser);
        browser.navigate().refresh();
        assertThat(Pages.replyOrder(browser)).as("the replies in the attempt's order again after a reload")
                .isEqualTo(firstOrder).containsExactlyInAnyOrderElementsOf(ShippedScenarios.choices(reception, step));
        String choice = ShippedScenarios.bestChoice(reception, step);
        WebElement says = browser.findElement(By.id("says"));
        new Actions(browser).doubleClick(browser.findElement(By.cssSelector("button[data-choice='" + choice + "']"))).perform();
        Pages.waitForNextPage(browser, says);
        step = ShippedScenarios.nextStep(reception, step, choice);
        Pages.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("says"), "data-step", step));
        choice = ShippedScenarios.bestChoice(reception, step);
        says = browser.findElement(By.id("says"));
        Pages.reply(browser, ShippedScenarios.reply(reception, step, choice)).click();
        Pages.waitForNextPage(browser, says);
        String expected = ShippedScenarios.nextStep(reception, step, choice);
        Pages.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("says"), "data-step", expected));
        assertThat(browser.findElements(By.cssSelector(".transcript .turn"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".transcript .turn .me")).get(1).getText())
                .as("the reply picked by what it says is the one recorded")
                .isEqualTo(ShippedScenarios.reply(reception, step, choice));
        List<String> orderLeft = Pages.replyOrder(browser);

        Pages.signOut(browser);
        Pages.signIn(browser, server, DemoAccounts.EMPLOYEE.email(), DemoAccounts.PASSWORD);
        browser.get(server.baseUri().toString());
        assertThat(browser.findElement(By.cssSelector("section.your-learning")).getText())
                .as("the home page, signed in, leads back to what the learner was doing")
                .contains("Tu aprendizaje", "Sigue donde lo dejaste:", "Ir a Mi aprendizaje");
        WebElement toMyLearning = browser.findElement(By.linkText("Ir a Mi aprendizaje"));
        toMyLearning.click();
        Pages.waitForNextPage(browser, toMyLearning);
        assertThat(browser.getCurrentUrl()).contains("/learner/index.xhtml");
        WebElement next = browser.findElement(continueLink("Atender es prestar atención"));
        assertThat(next.getText()).as("Mi aprendizaje leads back to the role-play under way")
                .isEqualTo(reception.title());
        next.click();

        assertThat(Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("says")))
                .getAttribute("data-step")).isEqualTo(expected);
        assertThat(Pages.replyOrder(browser)).as("the replies in the order left, on resuming").isEqualTo(orderLeft);
        String attemptPage = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/learner/"));
        play(browser, reception, true);
        assertThat(browser.findElement(By.cssSelector(".result h2")).getText()).isEqualTo("Simulación superada");
        browser.findElement(By.id("backToCourse")).click();
        String coursePage = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/learner/"));

        WebSession colleague = new WebSession(server);
        colleague.signIn(DemoAccounts.TRAINER.email(), DemoAccounts.PASSWORD);
        assertThat(colleague.get(attemptPage).statusCode()).as(attemptPage).isEqualTo(404);
        assertThat(colleague.get(coursePage).statusCode()).as(coursePage).isEqualTo(404);
        assertThat(colleague.get(coursePage.replace("course.xhtml", "lesson.xhtml") + "&lesson=atender-es-prestar-atencion")
                .statusCode()).isEqualTo(404);
    }

    private static void enrol(WebDriver browser, AtiendeServer server, String courseTitle) {
        browser.get(server.uri("/learner/catalog.xhtml").toString());
        String card = "//li[h2[normalize-space()=\"" + courseTitle + "\"]]";
        assertThat(browser.findElements(By.xpath(card + "//a[normalize-space()='Continuar']")))
                .as("not yet taking " + courseTitle).isEmpty();
        browser.findElement(By.xpath(card + "//button")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(courseTitle);
        String enrolment = browser.getCurrentUrl().replaceFirst(".*enrolment=(\\d+).*", "$1");

        browser.get(server.uri("/learner/catalog.xhtml").toString());
        assertThat(browser.findElement(By.xpath(card)).getText()).contains("Ya estás haciendo este curso.")
                .doesNotContain("Inscribirme");
        browser.findElement(By.xpath(card + "//a[normalize-space()='Continuar']")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml?enrolment=" + enrolment));
    }

    /**
     * The overall score on a role-play's result, as the page writes it ("Puntuación global: 42,5 de 100 ...", or
     * "Hasta la respuesta crítica: 42,5 de 100 ..." when a critical reply ended it).
     */
    private static String overallScore(WebDriver browser) {
        Matcher score = Pattern.compile("(?:Puntuación global|Hasta la respuesta crítica): ([0-9]+(?:,[0-9]+)?) de 100")
                .matcher(browser.findElement(By.cssSelector(".result .overall")).getText());
        assertThat(score.find()).as("the result states the overall score").isTrue();
        return score.group(1);
    }

    /**
     * What is wrong with the result's radar as Chart.js laid it out: a legend, names under 12 px, or a name whose box
     * runs past the canvas (where it is cut off).
     */
    @SuppressWarnings("unchecked")
    private static List<String> chartProblems(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const widget = Object.values(PrimeFaces.widgets).find(w => w && w.chart);
                if (!widget) { return ['no chart']; }
                const chart = widget.chart, scale = chart.scales.r, problems = [];
                if (chart.options.plugins.legend.display !== false) { problems.push('a legend'); }
                if (scale.options.pointLabels.font.size < 12) {
                  problems.push('names in ' + scale.options.pointLabels.font.size + ' px');
                }
                if (!scale._pointLabelItems || scale._pointLabelItems.length === 0) { problems.push('no names laid out'); }
                (scale._pointLabelItems || []).forEach((item, i) => {
                  if (item.left < 0 || item.top < 0 || item.right > chart.width || item.bottom > chart.height) {
                    problems.push('name ' + i + ' cut off: ' + JSON.stringify(item) + ' in ' + chart.width + 'x' + chart.height);
                  }
                });
                return problems;""");
    }

    /** The way back into a course in progress on "Mi aprendizaje". */
    private static By continueLink(String courseTitle) {
        return By.xpath("//li[contains(@class, 'enrolment')][.//h3[normalize-space() = \"" + courseTitle
                + "\"]]//p[@class = 'next-up']/a");
    }

    private static By courseItem(String title) {
        return By.xpath("//li[contains(@class, 'course-item')][.//*[normalize-space() = \"" + title + "\"]]");
    }

    private static void readLesson(WebDriver browser, String title) {
        browser.findElement(By.linkText(title)).click();
        Pages.waitForText(browser, By.tagName("h1"), title);
        List<String> options = Pages.selfCheckOrder(browser);
        assertThat(options).isNotEmpty();
        assertThat(Pages.openSelfCheckOption(browser, ShippedScenarios.rightSelfCheckOption(COURSE, title)))
                .as("the right option, found by what it says").matches("¡Correcto!.+");
        browser.findElement(By.id("reading:markRead")).click();
        Pages.waitForText(browser, By.cssSelector(".read-badge"), "Lección leída");
        assertThat(Pages.selfCheckOrder(browser)).as("the options in the same order when the lesson is shown again")
                .isEqualTo(options);
        assertThat(browser.findElement(By.id("reading:messages")).getText()).contains("Lección marcada como leída.");
        assertThat(browser.getCurrentUrl()).as("shown again by GET, so a reload does not post, at the form")
                .contains("lesson=").endsWith("#reading");
        // The confirmation is brought into view, not left below the lesson just read (waited for: the browser
        // scrolls to the fragment as the page finishes loading).
        Pages.waitFor(browser).withMessage("the confirmation in view")
                .until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                        "const box = document.getElementById('reading:messages').getBoundingClientRect();"
                                + " return box.top >= 0 && box.bottom <= window.innerHeight;"));
        browser.findElement(By.cssSelector(".breadcrumb a")).click();
        Pages.waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
    }

    private static void openRolePlay(WebDriver browser, String title) {
        browser.findElement(Pages.rolePlayButton(title)).click();
        Pages.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("says")));
    }

    /** Answers every step with the best (or the worst) reply until the result shows. */
    private static void play(WebDriver browser, ScenarioDefinition scenario, boolean well) {
        while (browser.findElements(By.id("player:result")).isEmpty()) {
            String step = browser.findElement(By.id("says")).getAttribute("data-step");
            answer(browser, well ? ShippedScenarios.bestChoice(scenario, step) : ShippedScenarios.worstChoice(scenario, step));
        }
    }

    private static void answer(WebDriver browser, String choice) {
        WebElement says = browser.findElement(By.id("says"));
        browser.findElement(By.cssSelector("button[data-choice='" + choice + "']")).click();
        Pages.waitForNextPage(browser, says);
    }
}
