package com.atiende.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.RunningAtiende;
import com.atiende.it.WebSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A person opening Atiende in a real (headless) Chromium: the home page renders and the language switches. */
@RunningAtiende
@ExtendWith(Browser.class)
class HomePageBrowserIT {

    @Test
    void homePageRendersAndSwitchesLanguage(AtiendeServer server, WebDriver browser) throws Exception {
        browser.get(server.baseUri().toString());

        assertThat(browser.getTitle()).isEqualTo("Aprender a atender · Atiende");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aprender a atender");
        assertThat(browser.findElements(By.cssSelector("header nav a"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("section.your-learning"))).as("only for someone signed in")
                .isEmpty();

        WebElement title = browser.findElement(By.cssSelector(".course-card h3 a"));
        String course = title.getText();
        title.click();
        Pages.waitForNextPage(browser, title);
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("a card's title leads to its course").isEqualTo(course);
        assertThat(browser.findElement(By.cssSelector(".overview-items")).getText().toLowerCase(Locale.ROOT))
                .as("what the course holds, before enrolling").contains("lección", "simulación", "minutos");
        assertThat(browser.findElement(By.id("rules")).getText()).isEqualTo("Cómo se aprueba este curso");
        assertThat(browser.findElement(By.cssSelector(".rules")).getText()).contains("certificado es válido durante");
        assertThat(browser.findElement(By.id("signInToEnrol")).getAttribute("href"))
                .contains("/login.xhtml?continue=%2Fcourse.xhtml%3Fcode%3D");
        assertThat(new WebSession(server).get("/course.xhtml?code=no-such-course").statusCode()).isEqualTo(404);
        browser.get(server.baseUri().toString());

        browser.findElement(By.linkText("English")).click();

        assertThat(browser.getTitle()).isEqualTo("Learning to serve · Atiende");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Browser.saveScreenshot(browser, "home-en");
    }
}
