package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21: Chromium goes offline (ChromeDriver's network conditions), the inspector records an inspection and an
 * incident report, comes back online, and both arrive once; the same record sent twice is stored once; a session
 * that expired while offline loses nothing; a record that meets a change made meanwhile comes back to its author.
 */
@PlatformTest
class OfflineCaptureBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(UserAccount who) {
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
    }

    private long site(UserAccount inspector) throws Exception {
        var location = mvc.perform(post("/sites").with(user(fixtures.signedIn(inspector))).with(csrf())
                        .param("name", AccountFixtures.unique("Offline pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("capacity[CASSITERITE]", "1500")
                        .param("ownerId", String.valueOf(fixtures.organisation(OrganisationType.COOPERATIVE).getId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/sites/".length()));
    }

    private void offline(boolean offline) {
        var conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((HasNetworkConditions) browser).setNetworkConditions(conditions);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + script);
    }

    private long waitFor(Supplier<Long> count, long expected) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> count.get() == expected);
        return count.get();
    }

    private long inspectionsWith(String purpose) {
        return jdbc.queryForObject("select count(*) from inspection where purpose = ?", Long.class, purpose);
    }

    private long reportsWith(String description) {
        return jdbc.queryForObject("select count(*) from incident where description = ?", Long.class, description);
    }

    /** Signed in, the phone prepared on /offline: the forms are cached and the service worker is in charge. */
    private long prepared(UserAccount inspector) throws Exception {
        var siteId = site(inspector);
        browser.get(url("/login"));
        signIn(inspector);
        browser.get(url("/offline"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            var controlled = (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)");
            if (!controlled) {
                d.navigate().refresh();
            }
            return controlled;
        });
        browser.findElement(By.id("offline-prepare")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(".offline-notice")).isEmpty());
        return siteId;
    }

    /** Fills and saves the inspection form already open. */
    private void recordInspection(String purpose) {
        browser.findElement(By.id("purpose")).sendKeys(purpose);
        browser.findElement(By.id("agency")).sendKeys("DGSM");
        browser.findElement(By.cssSelector("main form[data-offline] button[type=submit]")).click();
    }

    private void waitForNotice() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".offline-notice")).isEmpty());
    }

    @Test
    void anInspectionAndAReportRecordedOfflineArriveOnceWhenBackOnline() throws Exception {
        var inspector = fixtures.user(Role.INSPECTOR);
        var siteId = prepared(inspector);
        var purpose = AccountFixtures.unique("Visit without signal");
        var description = AccountFixtures.unique("Children seen carrying ore");
        browser.get(url("/sites/" + siteId + "/inspections/new"));
        offline(true);
        recordInspection(purpose);
        waitForNotice();
        assertThat(browser.findElement(By.cssSelector(".offline-notice")).getText()).contains("No connection");

        browser.get(url("/incidents/new?site=" + siteId));
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        new Select(browser.findElement(By.id("severity"))).selectByValue("2");
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("send-report")).click();
        waitForNotice();
        assertThat(inspectionsWith(purpose)).isZero();
        assertThat(reportsWith(description)).isZero();

        offline(false);
        browser.get(url("/offline"));
        waitFor(() -> inspectionsWith(purpose), 1);
        waitFor(() -> reportsWith(description), 1);
        // Nothing left on the phone once the server has both (a sync run again finds the records done).
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeAsyncScript("const done = arguments[0]; window.orepassOffline.sync()"
                        + ".then(() => window.orepassOffline.all()).then(r => done(r.length));")).intValue() == 0);
        // Sent again (a phone that lost the answer): nothing more is stored.
        browser.get(url("/offline"));
        assertThat(inspectionsWith(purpose)).isEqualTo(1);
        assertThat(reportsWith(description)).isEqualTo(1);
    }

    @Test
    void theSameRecordSentTwiceAtOnceIsStoredOnce() throws Exception {
        var inspector = fixtures.user(Role.INSPECTOR);
        var siteId = prepared(inspector);
        var purpose = AccountFixtures.unique("Twice sent visit");
        browser.get(url("/sites/" + siteId + "/inspections/new"));
        offline(true);
        recordInspection(purpose);
        waitForNotice();
        offline(false);
        // Two sends of the same kept record at the same moment (two tabs, a double tap on "Send now").
        js("Promise.all([window.orepassOffline.sync(), window.orepassOffline.sync()]).then(() => done(true));");
        js("window.orepassOffline.sync().then(() => done(true));");
        waitFor(() -> inspectionsWith(purpose), 1);
        Thread.sleep(500);
        assertThat(inspectionsWith(purpose)).isEqualTo(1);
    }

    @Test
    void aSessionThatExpiredWhileOfflineLosesNothing() throws Exception {
        var inspector = fixtures.user(Role.INSPECTOR);
        var siteId = prepared(inspector);
        var purpose = AccountFixtures.unique("Visit while signed out");
        browser.get(url("/sites/" + siteId + "/inspections/new"));
        offline(true);
        recordInspection(purpose);
        waitForNotice();
        browser.manage().deleteCookieNamed("ORE_PASS_SESSION");
        offline(false);
        browser.get(url("/offline"));
        // Asked to sign in; the record waits on the phone and goes once signed in.
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(inspectionsWith(purpose)).isZero();
        signIn(inspector);
        waitFor(() -> inspectionsWith(purpose), 1);
    }

    @Test
    void aRecordThatMeetsAChangeMadeMeanwhileComesBackToItsAuthor() throws Exception {
        var inspector = fixtures.user(Role.INSPECTOR);
        var siteId = prepared(inspector);
        var purpose = AccountFixtures.unique("Visit that meets a change");
        browser.get(url("/sites/" + siteId + "/inspections/new"));
        offline(true);
        recordInspection(purpose);
        waitForNotice();
        // Meanwhile a colleague inspects the site: its status and version change.
        var version = jdbc.queryForObject("select version from mine_site where id = ?", Long.class, siteId);
        mvc.perform(post("/sites/" + siteId + "/inspections").with(user(fixtures.signedIn(inspector))).with(csrf())
                .param("siteVersion", String.valueOf(version)).param("inspectedOn", LocalDate.now(clock).toString())
                .param("purpose", "Colleague's visit").param("inspectors", "A colleague").param("agency", "DGSM")
                .param("armedPresence", "true")).andExpect(status().is3xxRedirection());
        offline(false);
        browser.get(url("/offline"));
        var open = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".offline-conflict button")).stream().findFirst()
                        .orElse(null));
        assertThat(inspectionsWith(purpose)).isZero();
        // The list gives the server's reason (its error summary) beside the record.
        assertThat(browser.findElement(By.id("offline-records")).getText()).contains("not stored")
                .contains("Someone else changed this record");
        // Opened: the form as the author filled it, with the server's message; saved again, it is stored once.
        open.click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("Someone else changed this record"));
        assertThat(browser.findElement(By.id("purpose")).getAttribute("value")).isEqualTo(purpose);
        Browser.clickAndWait(browser, By.cssSelector("main form[data-offline] button[type=submit]"));
        waitFor(() -> inspectionsWith(purpose), 1);
    }
}
