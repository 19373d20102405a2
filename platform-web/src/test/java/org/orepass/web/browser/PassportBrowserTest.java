package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 18: an anonymous visitor whose phone speaks French opens the address the certificate's QR code holds, on a
 * 360 px screen with JavaScript off, and reads the passport in French, nothing wider than the screen.
 */
@PlatformTest
class PassportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.startWithoutJavaScript();
        var chromium = (org.openqa.selenium.chromium.ChromiumDriver) browser;
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
                "deviceScaleFactor", 2, "mobile", true));
        var agent = (String) chromium.executeCdpCommand("Browser.getVersion", Map.of()).get("userAgent");
        chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", agent,
                "acceptLanguage", "fr-CD,fr"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFrenchSpeakingBuyerOpensTheCertificatesQrAddressOnAPhone() throws Exception {
        var certified = new ExportFixtures(mvc, fixtures, jdbc, clock).certified(false);
        var svg = mvc.perform(get("/passport/exports/" + certified.shipmentId() + "/certificate/qr.svg")
                .with(user(certified.exporter()))).andReturn().getResponse().getContentAsString();
        var address = Pattern.compile("aria-label=\"(https?://[^\"]+)\"").matcher(svg);
        assertThat(address.find()).as("the QR's address in " + svg.substring(0, 200)).isTrue();
        var path = address.group(1).replaceFirst("^https?://[^/]+", "");
        assertThat(path).matches("/verify/[0-9a-f]{24}");

        browser.get("http://localhost:" + port + path);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifier l’origine des minerais");
        var text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("Un certificat d’exportation valide.", certified.serialNumber(),
                "Sites miniers d’origine", "Couleur à l’extraction").doesNotContain("-1.2833", "29.6947", "4600");
        var screen = browser.findElement(By.tagName("body")).getRect().getWidth();
        assertThat(screen).isEqualTo(360);
        // The origin table may scroll sideways inside its container (.table-scroll, as on every page); the page not.
        for (var element : browser.findElements(By.cssSelector("main > *, main dl, main dd, main .table-scroll"))) {
            var rect = element.getRect();
            assertThat(rect.getX() + rect.getWidth()).as(element.getTagName() + " fits the phone")
                    .isLessThanOrEqualTo(screen);
        }
        assertThat(Browser.screenshot(browser, "passport-fr-360")).exists();
    }
}
