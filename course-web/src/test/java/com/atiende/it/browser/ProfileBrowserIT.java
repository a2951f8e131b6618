package com.atiende.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atiende.it.AtiendeServer;
import com.atiende.it.Browser;
import com.atiende.it.DemoAccounts;
import com.atiende.it.RunningAtiende;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A person chooses their interface language in the profile; it follows them to their next sign-in. */
@RunningAtiende
@ExtendWith(Browser.class)
class ProfileBrowserIT {

    @Test
    void theChosenLanguageAppliesNowAndAtTheNextSignIn(AtiendeServer server, WebDriver browser) {
        Pages.signIn(browser, server, DemoAccounts.TRAINER.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/account/profile.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mi perfil");

        browser.findElement(By.xpath("//label[normalize-space()='English']")).click();
        browser.findElement(By.id("profile:save")).click();

        Pages.waitForText(browser, By.tagName("h1"), "My profile");
        assertThat(browser.findElement(By.id("profile:messages")).getText()).contains("Profile saved.");

        Pages.signOut(browser);
        Pages.signIn(browser, server, DemoAccounts.TRAINER.email(), DemoAccounts.PASSWORD);
        browser.get(server.uri("/account/profile.xhtml").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My profile");

        browser.findElement(By.xpath("//label[normalize-space()=\"The browser's\"]")).click();
        browser.findElement(By.id("profile:save")).click();
        Pages.waitForText(browser, By.tagName("h1"), "Mi perfil");
    }
}
