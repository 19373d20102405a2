package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 23: a savings group's recorder (an OPERATOR) prepares the phone, records a meeting with no signal, and the
 * chair lowers the most shares a member may buy meanwhile. Back online, the meeting is not stored and the phone
 * shows it as refused with the reason; opened, corrected and saved, it is stored once.
 */
@PlatformTest
class SavingsMeetingOfflineBrowserTest {

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

    private void offline(boolean offline) {
        var conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((HasNetworkConditions) browser).setNetworkConditions(conditions);
    }

    private ResultActions constitution(long groupId, SignedInUser recorder, LocalDate start, int maxShares)
            throws Exception {
        return mvc.perform(post("/savings-groups/" + groupId + "/constitution").with(user(recorder)).with(csrf())
                .param("startOn", start.toString()).param("shareValue", "1000").param("minShares", "1")
                .param("maxShares", String.valueOf(maxShares)).param("serviceChargePercent", "10")
                .param("chargeMethod", "FLAT").param("maxLoanMultiple", "3").param("socialFundContribution", "200")
                .param("fine", "500").param("cycleMonths", "12"));
    }

    private long meetings(long groupId) {
        return jdbc.queryForObject("select count(*) from savings_meeting m join savings_cycle c on c.id = m.cycle_id"
                + " where c.group_id = ?", Long.class, groupId);
    }

    @Test
    void aMeetingRecordedWithoutSignalIsRefusedWithItsReasonThenStoredOnceCorrected() throws Exception {
        var monitor = fixtures.memberOf(fixtures.organisation(OrganisationType.CSO).getId(), Role.CSO_MONITOR);
        var cooperative = fixtures.organisation(OrganisationType.COOPERATIVE);
        var recorder = fixtures.memberOf(cooperative.getId(), Role.OPERATOR);
        var location = mvc.perform(post("/savings-groups").with(user(monitor)).with(csrf())
                        .param("name", AccountFixtures.unique("Offline group")).param("organisationId",
                                String.valueOf(cooperative.getId())).param("csoId",
                                String.valueOf(monitor.organisationId())).param("currency", "UGX"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long groupId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/savings-groups/" + groupId + "/members").with(user(recorder)).with(csrf())
                    .param("name", "Member " + i).param("sex", "FEMALE").param("role", "MEMBER"))
                    .andExpect(status().is3xxRedirection());
        }
        var start = LocalDate.now(clock).minusDays(30);
        constitution(groupId, recorder, start, 5).andExpect(status().is3xxRedirection());

        // The recorder prepares the phone: the service worker keeps the group's meeting form.
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(recorder.username());
        browser.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
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

        // No signal at the meeting: the form opens from the phone and the meeting is kept there.
        offline(true);
        browser.get(url("/savings-groups/" + groupId + "/meetings/new"));
        browser.findElement(By.id("lines[1].shares")).sendKeys("5");
        browser.findElement(By.cssSelector("main form[data-offline] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".offline-notice")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".offline-notice")).getText()).contains("No connection");
        assertThat(meetings(groupId)).isZero();

        // Meanwhile the chair lowers the most shares to 3 (allowed: no meeting is recorded yet).
        constitution(groupId, recorder, start, 3).andExpect(status().is3xxRedirection());
        offline(false);
        browser.get(url("/offline"));
        var open = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".offline-conflict button")).stream().findFirst()
                        .orElse(null));
        assertThat(meetings(groupId)).isZero();
        assertThat(browser.findElement(By.id("offline-records")).getText()).contains("not stored")
                .contains("Enter from 1 to 3 shares");

        // Opened: the author's values and the reason by the box; corrected and saved, stored once.
        open.click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("Enter from 1 to 3 shares"));
        var shares = browser.findElement(By.id("lines[1].shares"));
        assertThat(shares.getAttribute("value")).isEqualTo("5");
        shares.clear();
        shares.sendKeys("3");
        Browser.clickAndWait(browser, By.cssSelector("main form[data-offline] button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> meetings(groupId) == 1);
        browser.get(url("/offline"));
        Thread.sleep(1000);
        assertThat(meetings(groupId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(e.shares) from savings_entry e join savings_cycle c on"
                + " c.id = e.cycle_id where c.group_id = ?", Long.class, groupId)).isEqualTo(3);
    }
}
