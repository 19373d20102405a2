package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One lot from the mine to a certified export, through the pages: the cooperative records production and sells
 * it, the exporter confirms receipt, combines it with another lot and ships it, and the government inspector
 * certifies the export after reviewing where it came from.
 */
@PlatformTest
class CustodyJourneyBrowserTest extends JourneyPages {


    @Autowired
    AccountFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;


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

    @Test
    void oneLotFromProductionThroughPurchaseAndCombinationToACertifiedExport() throws Exception {
        // The setting: a green tin site of a cooperative, two tags issued to it, an exporter with contact details,
        // and a first lot the exporter already bought from the same site.
        var inspector = fixtures.user(Role.INSPECTOR);
        var inspectorSession = fixtures.signedIn(inspector);
        var cooperative = fixtures.user(Role.OPERATOR);
        var coopSession = fixtures.signedIn(cooperative);
        var exporter = fixtures.user(Role.OPERATOR, Role.EXPORTER);
        var exporterSession = fixtures.signedIn(exporter);
        jdbc.update("update organisation set contact_name = 'Amina Nakato', contact_email = 'exports@comptoir.ug',"
                + " contact_phone = '+256 772 123456' where id = ?", exporterSession.organisationId());
        var siteName = AccountFixtures.unique("Nyamulilo tin pit");
        var site = mvc.perform(post("/sites").with(user(inspectorSession)).with(csrf())
                        .param("name", siteName).param("country", "UG").param("division", "UG-W")
                        .param("locality", "Kabale").param("latitude", "-1.2505").param("longitude", "29.9890")
                        .param("minerals", "CASSITERITE").param("activityStatus", "ACTIVE")
                        .param("miningType", "ARTISANAL").param("formalisationStage", "LICENSED")
                        .param("licenceType", "ARTISANAL_PERMIT").param("licenceNumber", "AP-" + System.nanoTime())
                        .param("workersMen", "40").param("workersWomen", "12")
                        .param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(coopSession.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("J" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspectorSession)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "2")).andExpect(status().is3xxRedirection());
        long earlierLot = earlierPurchase(coopSession, exporterSession, siteId, TagIssuing.number(prefix, 2));

        // The cooperative records the day's production and sells it to the exporter.
        signIn(cooperative.getUsername());
        open("/lots/new?site=" + siteId);
        type("tagNumber", TagIssuing.number(prefix, 1));
        new Select(browser.findElement(By.id("mineral"))).selectByValue("CASSITERITE");
        type("mass", "60");
        date("productionDate", LocalDate.now(clock));
        submit("main form button[type=submit]");
        var lotNumber = jdbc.queryForObject("select lot_number from lot where id = ?", String.class,
                lotIdOf(browser.getCurrentUrl()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(lotNumber);
        assertThat(browser.getPageSource()).contains(siteName);
        new Select(browser.findElement(By.id("buyerId")))
                .selectByValue(String.valueOf(exporterSession.organisationId()));
        type("massKg", "60");
        submit("form[action$='/sales'] button[type=submit]");
        signOut();

        // The exporter weighs the delivery and confirms it; the bought lot names the lot it came from.
        signIn(exporter.getUsername());
        open("/transfers");
        Browser.clickAndWait(browser, By.cssSelector("main a[href^='/transfers/']"));
        type("massKg", "59.8");
        submit("form[action$='/receipt'] button[type=submit]");
        assertThat(browser.getPageSource()).contains(lotNumber);
        long bought = lotIdOf(browser.getCurrentUrl());

        // ... combines it with the earlier purchase ...
        open("/lots/" + bought + "/combination");
        var rows = browser.findElements(By.cssSelector("input[type=hidden][id$='.lotId']"));
        assertThat(rows).hasSize(2);
        for (var row : rows) {
            var index = row.getAttribute("id").replace("inputs", "").replace(".lotId", "");
            var tick = browser.findElement(By.id("inputs[" + index + "].selected"));
            if (!tick.isSelected()) {
                tick.click();
            }
            var mass = browser.findElement(By.id("inputs[" + index + "].massKg"));
            mass.clear();
            mass.sendKeys(remaining(Long.parseLong(row.getAttribute("value"))));
        }
        submit("main form button[type=submit]");
        long combined = lotIdOf(browser.getCurrentUrl());
        assertThat(jdbc.queryForObject("select originating_operation from lot where id = ?", String.class, combined))
                .isEqualTo("COMBINATION");
        assertThat(browser.findElement(By.cssSelector(".genealogy")).getText()).contains(siteName).contains("100%");

        // ... and ships it: a draft with its documents, then submitted for certification.
        open("/exports/new");
        type("importerName", "Refinery Europe BV");
        type("importerAddress", "Havenstraat 1, Rotterdam");
        new Select(browser.findElement(By.id("importerCountry"))).selectByValue("NL");
        type("importerContact", "Jan de Vries");
        type("importerPhone", "+31 10 123 4567");
        type("importerEmail", "metals@refinery.nl");
        new Select(browser.findElement(By.id("destinationCountry"))).selectByValue("NL");
        new Select(browser.findElement(By.id("mineral"))).selectByValue("CASSITERITE");
        type("lots[" + combined + "]", remaining(combined));
        type("declaredMass", remaining(combined));
        type("grade", "65");
        type("declaredValue", "1850");
        type("currency", "USD");
        new Select(browser.findElement(By.id("transportMode"))).selectByValue("ROAD");
        type("carrier", "Lake Transport Ltd");
        type("route", "UG;KE");
        date("shipmentDate", LocalDate.now(clock).plusDays(3));
        submit("main form button[type=submit]");
        long shipment = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/exports/(\\d+).*", "$1"));
        var invoice = Files.createTempFile("invoice", ".pdf");
        Files.writeString(invoice, "%PDF-1.4\n%%EOF\n");
        browser.findElement(By.id("file")).sendKeys(invoice.toAbsolutePath().toString());
        submit("form[action$='/documents'] button[type=submit]");
        submit("form[action$='/submission'] button[type=submit]");
        assertThat(jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipment))
                .isEqualTo("SUBMITTED");
        signOut();

        // The inspector reviews the origin and the trace on one page and issues the certificate.
        signIn(inspector.getUsername());
        open("/exports/" + shipment + "/review");
        assertThat(browser.getPageSource()).contains(siteName).contains(lotNumber);
        type("issuingAuthority", "Directorate of Geological Survey and Mines");
        type("verifierName", "Grace Atim");
        type("verifierPosition", "Senior mines inspector");
        date("verifiedOn", LocalDate.now(clock));
        type("validatorName", "Joseph Okello");
        date("expiresOn", LocalDate.now(clock).plusDays(60));
        submit("form[action$='/certificate'] button[type=submit]");
        var serial = jdbc.queryForObject("select serial_number from export_certificate where shipment_id = ?",
                String.class, shipment);
        open("/exports/" + shipment + "/certificate");
        assertThat(browser.getPageSource()).contains(serial).contains("Refinery Europe BV");
        assertThat(Browser.screenshot(browser, "custody-export-journey")).exists();
        // The export lot is downstream of the lot produced at the start.
        assertThat(jdbc.queryForObject("""
                with recursive down(id) as (select id from lot where lot_number = ?
                  union select li.lot_id from lot_input li join down on li.input_lot_id = down.id)
                select count(*) from down join lot l on l.id = down.id where l.originating_operation = 'EXPORT'
                """, Long.class, lotNumber)).isEqualTo(1L);
        assertThat(earlierLot).isPositive();
    }

    /** 40 kg produced at the site earlier, sold to the exporter and received (through the same use cases). */
    private long earlierPurchase(SignedInUser cooperative, SignedInUser exporter, long siteId, String tag)
            throws Exception {
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(cooperative))
                        .with(csrf()).param("tagNumber", tag).param("mineral", "CASSITERITE").param("mass", "40")
                        .param("unit", "KGM").param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long lotId = lotIdOf(lot);
        mvc.perform(post("/lots/" + lotId + "/sales").with(user(cooperative)).with(csrf())
                        .param("buyerId", String.valueOf(exporter.organisationId())).param("massKg", "40")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
        var bought = mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(exporter)).with(csrf())
                        .param("massKg", "40"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return lotIdOf(bought);
    }

    private static long lotIdOf(String url) {
        return Long.parseLong(url.replaceAll(".*/lots/(\\d+).*", "$1"));
    }

    private String remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", java.math.BigDecimal.class, lotId)
                .stripTrailingZeros().toPlainString();
    }
}
