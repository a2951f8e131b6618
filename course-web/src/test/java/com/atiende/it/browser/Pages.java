package com.atiende.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.domain.content.ScenarioDefinition;
import com.atiende.it.AtiendeServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the browser, in the words of the pages: sign in, sign out, choose, import, wait for text. */
final class Pages {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Pages() {
    }

    static void signIn(WebDriver browser, AtiendeServer server, String email, String password) {
        browser.get(server.uri("/login.xhtml").toString());
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        browser.findElement(By.id("signIn:submit")).click();
        waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    static void signOut(WebDriver browser) {
        browser.findElement(By.cssSelector("#signOut .sign-out")).click();
        waitFor(browser).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.linkText("Iniciar sesión")),
                ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in"))));
    }

    /** A role-play's button on the course page, named "Empezar: title" (or resume, retry; in either language). */
    static By rolePlayButton(String scenarioTitle) {
        return By.xpath("//button[substring-after(@aria-label, ': ') = \"" + scenarioTitle + "\"]");
    }

    /**
     * From the course page: reads every lesson not read yet (opening a self-check answer where there is one) and
     * passes every required role-play not passed yet with its best replies, back on the course page after each.
     */
    static void finishLessonsAndRolePlays(WebDriver browser, String courseCode) {
        for (String lesson : ShippedScenarios.lessonTitles(courseCode)) {
            browser.findElement(By.linkText(lesson)).click();
            waitForText(browser, By.tagName("h1"), lesson);
            if (!selfCheckOrder(browser).isEmpty()) {
                openSelfCheckOption(browser, ShippedScenarios.rightSelfCheckOption(courseCode, lesson));
            }
            if (!browser.findElements(By.id("reading:markRead")).isEmpty()) {
                browser.findElement(By.id("reading:markRead")).click();
                waitForText(browser, By.cssSelector(".read-badge"), "Lección leída");
            }
            browser.findElement(By.cssSelector(".breadcrumb a")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        }
        for (ScenarioDefinition scenario : ShippedScenarios.course(courseCode).scenarios()) {
            if (!Boolean.TRUE.equals(scenario.required()) || browser.findElements(rolePlayButton(scenario.title()))
                    .isEmpty()) {
                continue;
            }
            browser.findElement(rolePlayButton(scenario.title())).click();
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("says")));
            while (browser.findElements(By.id("player:result")).isEmpty()) {
                String step = browser.findElement(By.id("says")).getAttribute("data-step");
                WebElement says = browser.findElement(By.id("says"));
                browser.findElement(By.cssSelector("button[data-choice='"
                        + ShippedScenarios.bestChoice(scenario, step) + "']")).click();
                waitForNextPage(browser, says);
            }
            browser.findElement(By.id("backToCourse")).click();
            waitFor(browser).until(ExpectedConditions.urlContains("/learner/course.xhtml"));
        }
    }

    /** From the course page: opens the final assessment's page, which says what it asks before anything starts. */
    static void openFinalAssessment(WebDriver browser, String courseCode) {
        browser.findElement(rolePlayButton(ShippedScenarios.finalAssessment(courseCode).title())).click();
        waitFor(browser).until(ExpectedConditions.urlContains("/learner/assessment.xhtml"));
    }

    /** On the final assessment's page: starts an attempt. */
    static void startFinalAssessment(WebDriver browser) {
        WebElement start = browser.findElement(By.id("start"));
        start.click();
        waitForNextPage(browser, start);
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.exam-question")));
    }

    /**
     * On the final assessment's page, an attempt under way: answers every question, rightly or wrongly, but the
     * first {@code leftOut}, and hands the answers in.
     */
    static void answerFinalAssessment(WebDriver browser, String courseCode, boolean right, int leftOut) {
        List<WebElement> questions = browser.findElements(By.cssSelector("li.exam-question"));
        for (WebElement question : questions.subList(leftOut, questions.size())) {
            String correct = String.valueOf(ShippedScenarios.correctOption(courseCode,
                    question.getAttribute("data-question")));
            question.findElements(By.cssSelector("input[type=radio]")).stream()
                    .filter(radio -> right == correct.equals(radio.getAttribute("value")))
                    .findFirst().orElseThrow().click();
        }
        WebElement submit = browser.findElement(By.id("submitAnswers"));
        submit.click();
        waitForNextPage(browser, submit);
    }

    /** The ids of the player's replies in the order the page shows them, top first. */
    static List<String> replyOrder(WebDriver browser) {
        return browser.findElements(By.cssSelector("button[data-choice]")).stream()
                .map(reply -> reply.getAttribute("data-choice")).toList();
    }

    /** The player's reply that says {@code text}, wherever the attempt's order put it. */
    static WebElement reply(WebDriver browser, String text) {
        List<WebElement> saying = browser.findElements(By.cssSelector("button[data-choice]")).stream()
                .filter(reply -> reply.getText().equals(text)).toList();
        assertThat(saying).as("replies saying \"%s\"", text).hasSize(1);
        return saying.get(0);
    }

    /** The texts of a lesson's self-check options in the order the page shows them, question by question. */
    static List<String> selfCheckOrder(WebDriver browser) {
        return browser.findElements(By.cssSelector(".question .option summary")).stream().map(WebElement::getText)
                .toList();
    }

    /** Opens the self-check option that says {@code text}, wherever the enrolment's order put it: its verdict. */
    static String openSelfCheckOption(WebDriver browser, String text) {
        List<WebElement> saying = browser.findElements(By.cssSelector(".question .option")).stream()
                .filter(option -> option.findElement(By.tagName("summary")).getText().equals(text)).toList();
        assertThat(saying).as("self-check options saying \"%s\"", text).hasSize(1);
        saying.get(0).findElement(By.tagName("summary")).click();
        WebElement verdict = saying.get(0).findElement(By.cssSelector(".check-feedback"));
        waitFor(browser).until(ExpectedConditions.visibilityOf(verdict));
        return verdict.getText();
    }

    static WebElement waitForText(WebDriver browser, By locator, String text) {
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return browser.findElement(locator);
    }

    /**
     * Waits until the page holding {@code element} has been replaced by the next one (a form post and its redirect).
     * While the browser is between documents the driver may answer with a transient inspector error instead of
     * "stale element": that is waited through too.
     */
    static void waitForNextPage(WebDriver browser, WebElement element) {
        waitFor(browser).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(element));
    }

    /**
     * Picks an option of a PrimeFaces select menu, again if a click lands while its panel is still opening, and
     * waits for the panel to close so that it hides nothing else.
     */
    static void choose(WebDriver browser, String menuId, String option) {
        By label = By.id(menuId + "_label");
        for (int attempt = 1; !browser.findElement(label).getText().equals(option); attempt++) {
            browser.findElement(By.id(menuId)).click();
            // In this menu's panel: another menu of the page may offer the same option (a course to assign, a course
            // to filter by).
            By item = By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label=\"" + option + "\"]");
            // Clicked again until it takes: while the panel is still moving into place the item is not interactable
            // yet, or the click lands on the panel's list instead (ElementClickInterceptedException, seen once in CI).
            // If the panel is not open at all (a click on the menu that did not take, seen once in CI), open it again.
            By panel = By.id(menuId + "_panel");
            waitFor(browser).until(page -> {
                try {
                    page.findElement(item).click();
                    return true;
                } catch (ElementNotInteractableException notYet) {
                    if (!page.findElement(panel).isDisplayed()) {
                        page.findElement(By.id(menuId)).click();
                    }
                    return false;
                }
            });
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(label, option));
            } catch (TimeoutException notYet) {
                assertThat(attempt).as("attempts to choose " + option).isLessThan(3);
            }
        }
        waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /** Imports a directory file (CSV, as the import page describes it) as an administrator signed in. */
    static void importDirectory(WebDriver browser, AtiendeServer server, String csv) throws IOException {
        Path file = Files.createTempFile("directorio", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            browser.get(server.uri("/admin/import.xhtml").toString());
            browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            WebElement upload = browser.findElement(By.id("import:upload"));
            upload.click();
            waitForNextPage(browser, upload);
            waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("import:messages")));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Creates an API token with these scopes as the HR person signed in, and answers its secret. */
    static String createToken(WebDriver browser, AtiendeServer server, String label, String... scopes) {
        browser.get(server.uri("/hr/tokens.xhtml").toString());
        browser.findElement(By.id("tokens:label")).sendKeys(label);
        for (String scope : scopes) {
            browser.findElement(scopeLabel(scope)).click();
        }
        browser.findElement(By.id("tokens:create")).click();
        return waitForText(browser, By.id("new-secret"), "atd_").getText();
    }

    /** A scope's checkbox label on the tokens page: the scope, then what it allows in words ("courses:read — ver ..."). */
    static By scopeLabel(String scope) {
        return By.xpath("//form[@id='tokens']//label[starts-with(normalize-space(), '" + scope + " — ')]");
    }

    /** Downloads what a link of the page points at, as the person signed in in the browser (their cookies). */
    static HttpResponse<byte[]> download(WebDriver browser, String url) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response;
    }

    static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
