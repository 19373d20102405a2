package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
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

/**
 * An inspector counts children at work but chooses green with a justification: the site stays yellow, as the facts
 * give, until a second inspector of the area confirms the green on the site page.
 */
@PlatformTest
class InspectionConfirmationJourneyBrowserTest extends JourneyPages {

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    SiteRegistration registration;

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

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void aGreenChosenOverChildrenAtWorkWaitsForASecondInspector() throws Exception {
        var first = fixtures.user(Role.INSPECTOR);
        var second = fixtures.user(Role.INSPECTOR);
        var site = registration.register(fixtures.signedIn(first).actor(), new SiteDetails(
                AccountFixtures.unique("Rubanda gold pit"), null, "UG", "UG-W", "Rubanda", new BigDecimal("-1.1861"),
                new BigDecimal("29.8472"), null, null, Set.of(), Set.of(Mineral.GOLD), ActivityStatus.ACTIVE,
                MiningType.ARTISANAL, FormalisationStage.LICENSED, 30, 10, 0, 0, 0, false, Map.of(),
                new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, "AP-R1", null, null), false));

        signIn(first.getUsername());
        open("/sites/" + site.getId() + "/inspections/new");
        type("purpose", "Annual RCM inspection");
        type("agency", "Directorate of Geological Survey and Mines");
        type("children", "3");
        new Select(browser.findElement(By.id("result"))).selectByValue("GREEN");
        type("overrideJustification", "The children were the miners' own, visiting at midday; none was working.");
        submit("main form button[type=submit]");

        assertThat(text(".notice")).contains("another inspector confirms");
        assertThat(text(".status-large")).contains("Yellow");
        assertThat(text(".pending-override")).contains("Green was chosen, the facts give Yellow")
                .contains("another inspector of this area must confirm it");
        assertThat(browser.findElements(By.cssSelector(".pending-override form"))).isEmpty();
        signOut();

        signIn(second.getUsername());
        open("/sites/" + site.getId());
        submit(".pending-override form button[type=submit]");
        assertThat(text(".notice")).contains("Confirmed");
        assertThat(text(".status-large")).contains("Green");
        assertThat(text(".timeline")).contains("Inspector override").contains(second.getUsername());
        assertThat(Browser.screenshot(browser, "inspection-confirmation-journey")).exists();
    }
}
