package org.orepass.web.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.orepass.web.testing.AccountFixtures;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the long journeys do on every page, through the real forms: sign in and out, open a path, type into a
 * field, set a date, press a button and wait for the next page. Subclasses start {@link #browser}.
 */
abstract class JourneyPages {

    @LocalServerPort
    int port;

    WebDriver browser;

    void signIn(String username) {
        open("/login");
        type("username", username);
        type("password", AccountFixtures.PASSWORD);
        submit("main form button[type=submit]");
    }

    void signOut() {
        submit("form[action='/logout'] button");
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value in the browser's locale when typed; set it as the form sends it. */
    void date(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), date.toString());
    }

    void submit(String css) {
        Browser.clickAndWait(browser, By.cssSelector(css));
    }
}
