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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone without an account reports a roadblock from a 360 px phone with JavaScript off and gets a code; a CSO
 * monitor verifies the report; the dashboard counts it and the public page shows it without the text.
 */
@PlatformTest
class IncidentJourneyBrowserTest {

    /** A division code only this test uses, so the counts below are this journey's. */
    private static final String DIVISION = "CD-BJ";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.startWithoutJavaScript();
        // Headless Chromium will not make its window narrower than 500 px: emulate the 360 px phone's screen.
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand(
                "Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 360, "height", 780,
                        "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void submit() {
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
    }

    /**
     * Nothing on the page is wider than the phone's screen (tables may scroll inside their own box, which is
     * how they are meant to fit), so nobody has to scroll sideways to read or fill it in.
     */
    private void assertFitsThePhone(String what) {
        var screen = browser.findElement(By.tagName("body")).getRect().getWidth();
        assertThat(screen).as("phone width").isEqualTo(360);
        for (var element : browser.findElements(By.cssSelector("main > *, main form, main .field, main input, "
                + "main select, main textarea, main button, main svg, main figure, main .table-wrap, header a"))) {
            var rect = element.getRect();
            assertThat(rect.getX() + rect.getWidth()).as(what + ": " + element.getTagName() + " "
                    + element.getAttribute("id") + " fits " + screen + " px").isLessThanOrEqualTo(screen);
        }
    }

    @Test
    void anAnonymousReportIsVerifiedAndThenShownOnTheDashboardAndThePublicPage() throws Exception {
        // Someone without an account finds the form from the sign-in page's header.
        browser.get(url("/login"));
        assertFitsThePhone("login");
        Browser.clickAndWait(browser, By.cssSelector("header #public-nav a[href='/report']"));
        assertThat(browser.getCurrentUrl()).endsWith("/report");
        assertFitsThePhone("report form");
        new Select(browser.findElement(By.id("categoryId")))
                .selectByVisibleText("Illegal taxation and roadblocks › Roadblock");
        new Select(browser.findElement(By.id("severity"))).selectByValue("2");
        new Select(browser.findElement(By.id("country"))).selectByValue("CD");
        browser.findElement(By.id("division")).sendKeys(DIVISION);
        browser.findElement(By.id("locality")).sendKeys("Bridge on the road to Rubaya");
        var description = AccountFixtures.unique("Men in uniform take 2000 francs per bag");
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("affectedMen")).clear();
        browser.findElement(By.id("affectedMen")).sendKeys("12");
        // The form's first button is "Find site" (the site step); this one sends the report.
        Browser.clickAndWait(browser, By.id("send-report"));
        var code = browser.findElement(By.id("follow-up-code")).getText();
        assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(Browser.screenshot(browser, "incident-anonymous-receipt")).exists();

        browser.get(url("/report/follow-up"));
        browser.findElement(By.id("code")).sendKeys(code);
        submit();
        assertThat(browser.findElement(By.cssSelector(".status-large")).getText()).isEqualTo("Reported");

        var id = jdbc.queryForObject("select id from incident where description = ?", Long.class, description);
        var monitor = fixtures.user(Role.CSO_MONITOR);
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(monitor.getUsername());
        browser.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
        submit();
        browser.get(url("/incidents/" + id));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(description)
                .contains("Anonymous public report");
        Browser.clickAndWait(browser, By.xpath("//button[text()='Start verification']"));
        Browser.clickAndWait(browser, By.xpath("//button[text()='Mark verified']"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("The incident is verified.");

        browser.get(url("/incidents/dashboard?division=" + DIVISION));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("main svg"))).isNotEmpty();
        assertThat(Browser.screenshot(browser, "incident-dashboard")).exists();

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        Browser.clickAndWait(browser, By.cssSelector("#public-ways-in a[href='/public/dashboard']"));
        browser.get(url("/public/dashboard?division=" + DIVISION));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("1");
        // The map's table lists the division (no registered site there gives it a position on the map).
        assertThat(browser.findElement(By.cssSelector("#map-table tbody th")).getText()).isEqualTo(DIVISION);
        assertFitsThePhone("public dashboard");
        assertThat(Browser.screenshot(browser, "incident-public-dashboard")).exists();
        browser.get(url("/public/incidents?division=" + DIVISION));
        var publicText = browser.findElement(By.tagName("main")).getText();
        assertThat(publicText).contains("Roadblock").contains(DIVISION)
                .contains("The description is withheld because it was marked sensitive.")
                .doesNotContain(description).doesNotContain("Rubaya");
    }
}
