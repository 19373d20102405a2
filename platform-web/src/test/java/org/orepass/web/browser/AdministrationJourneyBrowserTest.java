package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first journey: an administrator signs in, registers an organisation and opens a user account, signs out;
 * the new user signs in with the temporary password and must choose their own.
 */
@PlatformTest
class AdministrationJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    UserAccounts accounts;

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

    private void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
    }

    @Test
    void adminCreatesAnOrganisationAndAUserWhoThenSetsTheirPassword() throws Exception {
        var admin = fixtures.user(Role.ADMIN);
        signIn(admin.getUsername(), AccountFixtures.PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(admin.getFullName());

        // Register an organisation; a first attempt without a type shows the error summary, input kept.
        var organisationName = AccountFixtures.unique("Nyakabingo Tin Cooperative");
        browser.get(url("/admin/organisations/new"));
        browser.findElement(By.id("name")).sendKeys(organisationName);
        new Select(browser.findElement(By.id("country"))).selectByValue("RW");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".error-summary a[href='#type']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(organisationName);
        new Select(browser.findElement(By.id("type"))).selectByValue("COOPERATIVE");
        browser.findElement(By.id("division")).sendKeys("RW-02");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("saved");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(organisationName);

        // Open a user account in it.
        Browser.clickAndWait(browser, By.linkText("Open a user account"));
        var username = AccountFixtures.unique("mukamana").toLowerCase();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("fullName")).sendKeys("Claudine Mukamana");
        browser.findElement(By.cssSelector("input[type=checkbox][value=OPERATOR]")).click();
        browser.findElement(By.id("password")).sendKeys("first temporary pass");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("saved");
        Browser.screenshot(browser, "admin-journey-user-created");

        Browser.clickAndWait(browser, By.cssSelector(".main-nav form button"));
        assertThat(browser.getCurrentUrl()).contains("/login");

        // The new user signs in and is sent to choose a password before anything else.
        signIn(username, "first temporary pass");
        assertThat(browser.getCurrentUrl()).endsWith("/profile/password");
        browser.findElement(By.id("currentPassword")).sendKeys("first temporary pass");
        browser.findElement(By.id("newPassword")).sendKeys("claudine chose this one");
        browser.findElement(By.id("confirmPassword")).sendKeys("claudine chose this one");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("password has been changed");
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Claudine Mukamana");
        var screenshot = Browser.screenshot(browser, "admin-journey");
        assertThat(screenshot).exists();

        var account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(account.getOrganisation().getName()).isEqualTo(organisationName);
        assertThat(account.isMustChangePassword()).isFalse();
    }
}
