package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public report form's site step on a 360 px phone with JavaScript off, in French and Swahili: "Find site"
 * brings the form back with what was typed and the match as a radio button (name and village, no position), and
 * the report sent with it is a report at the site.
 */
@PlatformTest
class ReportSitePickerBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    SiteRegistration registration;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.startWithoutJavaScript();
        // Headless Chromium will not make its window narrower than 500 px: emulate the 360 px phone's screen.
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand(
                "Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
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

    /** Nothing on the page is wider than the phone's screen (as IncidentJourneyBrowserTest checks). */
    private void assertFitsThePhone(String what) {
        var screen = browser.findElement(By.tagName("body")).getRect().getWidth();
        assertThat(screen).as("phone width").isEqualTo(360);
        for (var element : browser.findElements(By.cssSelector("main > *, main form, main .field, main input, "
                + "main select, main textarea, main button, main label, main fieldset, header a"))) {
            var rect = element.getRect();
            assertThat(rect.getX() + rect.getWidth()).as(what + ": " + element.getTagName() + " "
                    + element.getAttribute("id") + " fits " + screen + " px").isLessThanOrEqualTo(screen);
        }
    }

    private long site(String name, String village) {
        var inspector = new Actor("picker-inspector", null, Set.of(Role.INSPECTOR), "UG", Set.of());
        return registration.register(inspector, new SiteDetails(name, null, "UG", "UG-W", village,
                new BigDecimal("-1.3111"), new BigDecimal("29.7777"), null, null, Set.of(),
                Set.of(Mineral.CASSITERITE), ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED,
                10, 2, 0, 0, 0, false, Map.of(),
                new SiteDetails.LicenceDetails(Licence.Type.UNLICENSED, null, null, null), false)).getId();
    }

    /** Fills the form in, types the village and presses "Find site"; returns what was typed as the description. */
    private String findSite(String language, String village) {
        browser.get(url("/report?lang=" + language));
        assertFitsThePhone(language + " report form");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        new Select(browser.findElement(By.id("severity"))).selectByValue("1");
        new Select(browser.findElement(By.id("country"))).selectByValue("UG");
        var description = AccountFixtures.unique("Des hommes armés au puits");
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("siteQuery")).sendKeys(village);
        Browser.clickAndWait(browser, By.cssSelector("button[name=findSite]"));
        return description;
    }

    @Test
    void aReporterFindsTheSiteByItsVillageAndSendsTheReportWithItInFrenchAndSwahili() throws Exception {
        var village = AccountFixtures.unique("Rwanzu");
        var name = AccountFixtures.unique("Puits de la colline");
        var siteId = site(name, village);
        var icglrId = jdbc.queryForObject("select icglr_id from mine_site where id = ?", String.class, siteId);

        var description = findSite("sw", village);
        var main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Chagua eneo").contains(name + " – " + village + ", UG-W")
                .doesNotContain(icglrId).doesNotContain("29.7777").doesNotContain("1.3111");
        assertThat(browser.findElement(By.id("description")).getDomProperty("value")).isEqualTo(description);
        assertThat(browser.findElements(By.id("site-" + siteId))).hasSize(1);
        assertFitsThePhone("sw matches");
        assertThat(Browser.screenshot(browser, "incident-site-picker-sw")).exists();

        description = findSite("fr", village);
        main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Choisissez le site").contains(name + " – " + village + ", UG-W")
                .doesNotContain(icglrId).doesNotContain("29.7777");
        assertThat(browser.findElement(By.id("description")).getDomProperty("value")).isEqualTo(description);
        assertFitsThePhone("fr matches");
        assertThat(Browser.screenshot(browser, "incident-site-picker-fr")).exists();
        browser.findElement(By.cssSelector("label[for='site-" + siteId + "']")).click();
        Browser.clickAndWait(browser, By.id("send-report"));
        assertThat(browser.findElement(By.id("follow-up-code")).getText()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(jdbc.queryForObject("select site_id from incident where description = ?", Long.class,
                description)).isEqualTo(siteId);
    }
}
