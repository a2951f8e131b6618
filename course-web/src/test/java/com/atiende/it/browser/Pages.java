package com.atiende.it.browser;

import com.atiende.it.AtiendeServer;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the browser, in the words of the pages: sign in, sign out, wait for text. */
final class Pages {

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

    static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
