package com.atiende.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.RunningAtiende;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A person opening Atiende in a real (headless) Chromium: the home page renders and the language switches. */
@RunningAtiende
@ExtendWith(Browser.class)
class HomePageBrowserIT {

    @Test
    void homePageRendersAndSwitchesLanguage(AtiendeServer server, WebDriver browser) {
        browser.get(server.baseUri().toString());

        assertThat(browser.getTitle()).isEqualTo("Aprender a atender · Atiende");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aprender a atender");
        assertThat(browser.findElements(By.cssSelector("header nav a"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("section.your-learning"))).as("only for someone signed in")
                .isEmpty();

        browser.findElement(By.linkText("English")).click();

        assertThat(browser.getTitle()).isEqualTo("Learning to serve · Atiende");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Browser.saveScreenshot(browser, "home-en");
    }
}
