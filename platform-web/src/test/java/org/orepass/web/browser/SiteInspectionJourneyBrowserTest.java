package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An inspector registers a site, inspects it with a critical finding, and sees it turn red. The finding is what the
 * inspector saw (children in a pit, an armed group's levy); no criterion box is ticked: the facts alone give red.
 */
@PlatformTest
class SiteInspectionJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void submit() {
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
    }

    @Test
    void anInspectorRegistersASiteInspectsItAndSeesItTurnRed() throws Exception {
        var inspector = fixtures.user(Role.INSPECTOR);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(inspector.getUsername());
        browser.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
        submit();

        Browser.clickAndWait(browser, By.linkText("Mine sites"));
        Browser.clickAndWait(browser, By.linkText("Register a site"));
        var name = AccountFixtures.unique("Bufumbira wolframite pit");
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("country"))).selectByValue("UG");
        browser.findElement(By.id("division")).sendKeys("UG-W");
        browser.findElement(By.id("latitude")).sendKeys("-1.2833");
        browser.findElement(By.id("longitude")).sendKeys("29.6947");
        browser.findElement(By.cssSelector("input[type=checkbox][value=WOLFRAMITE]")).click();
        new Select(browser.findElement(By.id("formalisationStage"))).selectByValue("LICENSED");
        new Select(browser.findElement(By.id("licenceType"))).selectByValue("MINING_LICENSE");
        submit();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector(".status-large")).getText()).contains("Blue");
        assertThat(browser.findElement(By.cssSelector(".facts code")).getText()).startsWith("UG--1.2833+29.6947-");

        Browser.clickAndWait(browser, By.linkText("Record an inspection"));
        browser.findElement(By.id("purpose")).sendKeys("First RCM inspection");
        browser.findElement(By.id("agency")).sendKeys("Directorate of Geological Survey and Mines");
        var children = browser.findElement(By.id("children"));
        children.clear();
        children.sendKeys("2");
        browser.findElement(By.cssSelector("input[type=checkbox][name=childrenInHazardousWork]")).click();
        browser.findElement(By.cssSelector("input[type=checkbox][name=armedGroupTaxation]")).click();
        browser.findElement(By.id("findings")).sendKeys("A non-state armed group collects a levy at the pit.");
        submit();

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("red");
        assertThat(browser.findElement(By.cssSelector(".status-large")).getText()).contains("Red");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Inspection result");
        assertThat(Browser.screenshot(browser, "site-inspection-journey")).exists();
    }
}
