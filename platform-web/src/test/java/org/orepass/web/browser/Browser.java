package org.orepass.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; Selenium Manager is never asked to download
 * anything. The window is a 390 px wide phone.
 */
final class Browser {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    private Browser() {
    }

    static WebDriver start() throws IOException {
        var profile = Files.createTempDirectory("orepass-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=390,1200", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * Clicks what {@code target} finds, which loads a new page, and waits until the old page is gone and the new
     * one is parsed to its footer (the layout's last element): no reading of stale or half-built pages. A click
     * that lands while Chromium swaps documents is retried.
     */
    static void clickAndWait(WebDriver driver, org.openqa.selenium.By target) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20));
        for (int attempt = 1; ; attempt++) {
            org.openqa.selenium.WebElement oldPage = null;
            try {
                oldPage = driver.findElement(org.openqa.selenium.By.tagName("html"));
                openMenu(driver);
                driver.findElement(target).click();
                wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(oldPage));
                break;
            } catch (org.openqa.selenium.WebDriverException e) { // stale element, node swapped mid-click
                if (oldPage != null && isStale(oldPage)) {
                    // The click went through and the next page is on its way: clicking again would look for
                    // the button on that page (seen on a loaded machine).
                    break;
                }
                if (attempt == 3 || e instanceof org.openqa.selenium.TimeoutException) {
                    throw e;
                }
            }
        }
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.cssSelector("footer.site-footer")));
    }

    /**
     * On a phone the navigation sits in a closed {@code <details>} menu, and Selenium finds no link by a text it
     * does not show: a person taps "Menu" first, so does the test (a click on the summary, as a tap would be).
     */
    static void openMenu(WebDriver driver) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const s = document.querySelector('details.menu:not([open]) > summary'); if (s) { s.click(); }");
    }

    private static boolean isStale(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }

    static Path screenshot(WebDriver driver, String name) throws IOException {
        var target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        var file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * A browser with JavaScript switched off, as on a basic phone: public pages must work without it (incident
     * reporting). Otherwise as {@link #start()}.
     */
    static WebDriver startWithoutJavaScript() throws IOException {
        var profile = Files.createTempDirectory("orepass-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=360,1200", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
