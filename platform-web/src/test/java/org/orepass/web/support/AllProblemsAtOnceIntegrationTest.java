package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Errors a person understands (issue 16): on the main forms (site registration, inspection, lot production, sale,
 * export shipment, incident report) one submission with several problems shows all of them at once, each next to
 * its field in the reader's language, and a vague problem ("required", "not a number", "above zero") reads as the
 * field's own message with an example; the summary lists each field once.
 */
@PlatformTest
class AllProblemsAtOnceIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired MessageSource messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private String fr(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    private Document submit(MockHttpServletRequestBuilder request, SignedInUser who, String language)
            throws Exception {
        var html = mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static String errorOf(Document page, String field) {
        return page.select("[id=" + field + "-error]").text();
    }

    private static long summaryLinksTo(Document page, String field) {
        return page.select(".error-summary a[href=#" + field + "]").size();
    }

    private MockHttpServletRequestBuilder site(SignedInUser owner) {
        return post("/sites").param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                .param("longitude", "29.6947").param("minerals", "CASSITERITE").param("activityStatus", "ACTIVE")
                .param("miningType", "ARTISANAL").param("formalisationStage", "LICENSED")
                .param("licenceType", "ARTISANAL_PERMIT").param("licenceNumber", "AP-" + System.nanoTime())
                .param("workersMen", "40").param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                .param("ownerId", String.valueOf(owner.organisationId()));
    }

    private long greenSite(SignedInUser inspector, SignedInUser owner) throws Exception {
        var url = mvc.perform(site(owner).with(user(inspector)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var siteId = Long.parseLong(url.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        return siteId;
    }

    @Test
    void siteRegistrationShowsTheFormsAndTheDomainsProblemsTogetherEachFieldWithItsOwnMessage() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var owner = fixtures.signedIn(Role.OPERATOR);
        // Bean Validation refuses the name and the latitude; the domain the minerals and the licence dates.
        var page = submit(post("/sites").param("name", " ").param("country", "UG").param("division", "UG-W")
                .param("latitude", "minus one").param("longitude", "29.6947").param("activityStatus", "ACTIVE")
                .param("miningType", "ARTISANAL").param("formalisationStage", "LICENSED")
                .param("licenceType", "ARTISANAL_PERMIT").param("licenceGrantedOn", "2025-05-01")
                .param("licenceExpiresOn", "2024-05-01").param("workersMen", "-3")
                .param("ownerId", String.valueOf(owner.organisationId())), inspector, "fr");

        assertThat(errorOf(page, "name")).contains(fr("field.siteForm.name")).contains("Mukungwe 3");
        assertThat(errorOf(page, "latitude")).contains(fr("field.siteForm.latitude"));
        assertThat(errorOf(page, "workersMen")).contains(fr("field.siteForm.workersMen"));
        assertThat(errorOf(page, "minerals")).contains(fr("site.minerals.required"));
        assertThat(errorOf(page, "licenceExpiresOn")).contains(fr("site.licence.expiry-before-grant"));
        assertThat(page.text()).doesNotContain(fr("validation.required")).doesNotContain(fr("typeMismatch"));
        for (var field : new String[] {"name", "latitude", "minerals", "workersMen", "licenceExpiresOn"}) {
            assertThat(summaryLinksTo(page, field)).as("%s in the summary once", field).isEqualTo(1);
        }
        var summary = page.select(".error-summary a").eachAttr("href");
        assertThat(summary).containsSubsequence("#name", "#latitude", "#minerals", "#workersMen",
                "#licenceExpiresOn");
        assertThat(page.select("#latitude").attr("value")).as("what was typed is kept").isEqualTo("minus one");
    }

    @Test
    void anInspectionRefusesEveryContradictionOfOneReportAtOnce() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var siteId = greenSite(inspector, fixtures.signedIn(Role.OPERATOR));
        var version = jdbc.queryForObject("select version from mine_site where id = ?", Long.class, siteId);
        var page = submit(post("/sites/" + siteId + "/inspections").param("siteVersion", String.valueOf(version))
                .param("inspectedOn", LocalDate.now(clock).toString()).param("purpose", "Routine visit")
                .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("workersMen", "30")
                .param("childrenInHazardousWork", "true").param("lawfulStateSecurity", "true")
                .param("lawfulSecurityReason", "Police post"), inspector, "fr");

        assertThat(errorOf(page, "children")).contains(fr("inspection.children.hazardous-uncounted"));
        assertThat(errorOf(page, "lawfulStateSecurity")).contains(fr("inspection.lawful-security.nothing-seen"));
        assertThat(errorOf(page, "lawfulSecurityReason"))
                .contains(fr("inspection.lawful-security.reason-required"));
        assertThat(jdbc.queryForObject("select count(*) from inspection where site_id = ?", Integer.class, siteId))
                .as("nothing recorded").isZero();
    }

    @Test
    void lotProductionNamesEachFieldAndCollectsTheDomainsRefusals() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = fixtures.signedIn(Role.OPERATOR);
        var siteId = greenSite(inspector, operator);
        // The form's own checks (tag missing, mass not above zero, no date) with the domain's (a mineral the site
        // does not produce).
        var page = submit(post("/lots").param("site", String.valueOf(siteId)).param("tagNumber", "")
                .param("mineral", "GOLD").param("mass", "-5").param("unit", "KGM"), operator, "sw");
        var sw = Locale.forLanguageTag("sw");
        assertThat(errorOf(page, "mineral")).contains(messages.getMessage("lot.mineral.not-at-site", null, sw));
        assertThat(errorOf(page, "tagNumber")).contains(messages.getMessage("field.lotForm.tagNumber", null, sw));
        assertThat(errorOf(page, "mass")).contains(messages.getMessage("field.lotForm.mass", null, sw))
                .contains("12.5");
        assertThat(errorOf(page, "productionDate"))
                .contains(messages.getMessage("field.lotForm.productionDate", null, sw));

        // The domain's: a mineral the site does not produce and a date in the future, both at once.
        page = submit(post("/lots").param("site", String.valueOf(siteId)).param("tagNumber", "NO-SUCH-TAG")
                .param("mineral", "GOLD").param("mass", "12.5").param("unit", "KGM")
                .param("productionDate", LocalDate.now(clock).plusDays(2).toString()), operator, "fr");
        assertThat(errorOf(page, "mineral")).contains(fr("lot.mineral.not-at-site"));
        assertThat(errorOf(page, "productionDate")).contains(fr("field.lotForm.productionDate"));
    }

    @Test
    void aSaleRefusesTheBuyerTheMassAndThePaymentTogether() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var seller = fixtures.signedIn(Role.OPERATOR);
        var lotId = lotOf100Kg(inspector, seller);
        var version = jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
        var page = submit(post("/lots/" + lotId + "/sales").param("version", String.valueOf(version))
                .param("buyerId", String.valueOf(seller.organisationId())).param("massKg", "0")
                .param("paymentAmount", "100").param("paymentCurrency", "X1"), seller, "fr");

        assertThat(errorOf(page, "buyerId")).contains(fr("transfer.buyer.self"));
        assertThat(errorOf(page, "massKg")).contains(fr("field.saleForm.massKg"));
        assertThat(errorOf(page, "paymentCurrency")).contains(fr("transfer.payment.currency.invalid"));
        assertThat(jdbc.queryForObject("select remaining_kg from lot where id = ?", java.math.BigDecimal.class,
                lotId)).isEqualByComparingTo("100");
    }

    @Test
    void anExportShipmentRefusesEveryDeclarationProblemAtOnce() throws Exception {
        var exporter = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        var page = submit(post("/exports").param("importerName", "Refinery Europe BV")
                .param("importerAddress", "Havenstraat 1, Rotterdam").param("importerCountry", "NL")
                .param("importerEmail", "not an address").param("destinationCountry", "UG")
                .param("mineral", "CASSITERITE").param("hsCode", "26O9").param("declaredMass", "250")
                .param("declaredUnit", "KGM").param("grade", "65").param("declaredValue", "4600")
                .param("currency", "ZZZ").param("transportMode", "ROAD"), exporter, "es");
        var es = Locale.forLanguageTag("es");
        var destination = jdbc.queryForObject("select country from organisation where id = ?", String.class,
                exporter.organisationId());
        assertThat(errorOf(page, "importerEmail"))
                .contains(messages.getMessage("export.importerEmail.format", null, es));
        if ("UG".equals(destination)) {
            assertThat(errorOf(page, "destinationCountry"))
                    .contains(messages.getMessage("export.destinationCountry.domestic", null, es));
        }
        assertThat(errorOf(page, "hsCode")).contains(messages.getMessage("export.hsCode.format", null, es));
        assertThat(errorOf(page, "currency")).contains(messages.getMessage("export.currency.unknown", null, es));
        assertThat(page.select(".error-summary a")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anIncidentReportShowsEveryProblemAtOnceInTheReadersLanguage() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var page = submit(post("/incidents").param("severity", "7")
                .param("occurredOn", LocalDate.now(clock).plusDays(3).toString()).param("country", "XX")
                .param("description", " ").param("lotNumbers", "NO-SUCH-LOT"), monitor, "fr");

        assertThat(errorOf(page, "categoryId")).contains(fr("field.reportFacts.categoryId"));
        assertThat(errorOf(page, "severity")).contains(fr("incident.severity.range"));
        assertThat(errorOf(page, "occurredOn")).contains(fr("incident.occurredOn.future"));
        assertThat(errorOf(page, "description")).contains(fr("field.reportFacts.description"));
        assertThat(errorOf(page, "country")).contains(fr("field.incidentForm.country"));
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsSubsequence("#categoryId", "#severity", "#occurredOn", "#description");
    }

    /** A 100 kg cassiterite lot under a fresh tag at a green site of the seller's, for the sale tests. */
    private long lotOf100Kg(SignedInUser inspector, SignedInUser seller) throws Exception {
        var siteId = greenSite(inspector, seller);
        var prefix = ("S" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(seller)).with(csrf())
                        .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                        .param("mass", "100").param("unit", "KGM")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    private static void eachOnceInFormOrder(Document page, String... fields) {
        for (var field : fields) {
            assertThat(summaryLinksTo(page, field)).as("%s in the summary once", field).isEqualTo(1);
        }
        var inOrder = java.util.Arrays.stream(fields).map(field -> "#" + field).toArray(String[]::new);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsSubsequence(inOrder);
    }

    @Test
    void aSaleTheFormRefusesStillShowsTheDomainsProblemsInTheSameAnswer() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var seller = fixtures.signedIn(Role.OPERATOR);
        var lotId = lotOf100Kg(inspector, seller);
        var version = jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
        // The form refuses the mass (not a number); the domain the buyer (the seller itself) and the currency.
        var page = submit(post("/lots/" + lotId + "/sales").param("version", String.valueOf(version))
                .param("buyerId", String.valueOf(seller.organisationId())).param("massKg", "twelve")
                .param("paymentAmount", "100").param("paymentCurrency", "X1"), seller, "fr");

        assertThat(errorOf(page, "massKg")).contains(fr("field.saleForm.massKg"));
        assertThat(errorOf(page, "buyerId")).contains(fr("transfer.buyer.self"));
        assertThat(errorOf(page, "paymentCurrency")).contains(fr("transfer.payment.currency.invalid"));
        eachOnceInFormOrder(page, "buyerId", "massKg", "paymentCurrency");
        assertThat(page.select("#massKg").attr("value")).as("what was typed is kept").isEqualTo("twelve");
        assertThat(jdbc.queryForObject("select count(*) from custody_transfer where lot_id = ?", Integer.class,
                lotId)).as("nothing sold").isZero();
    }

    @Test
    void anInspectionTheFormRefusesStillShowsTheDomainsProblemsInTheSameAnswer() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var siteId = greenSite(inspector, fixtures.signedIn(Role.OPERATOR));
        var version = jdbc.queryForObject("select version from mine_site where id = ?", Long.class, siteId);
        // The form refuses the empty purpose and agency; the domain the uncounted children and the lawful
        // security force nobody saw, without its reason.
        var page = submit(post("/sites/" + siteId + "/inspections").param("siteVersion", String.valueOf(version))
                .param("inspectedOn", LocalDate.now(clock).toString()).param("purpose", " ")
                .param("inspectors", "Ruth Akello").param("agency", "").param("workersMen", "30")
                .param("childrenInHazardousWork", "true").param("lawfulStateSecurity", "true"), inspector, "sw");
        var sw = Locale.forLanguageTag("sw");

        assertThat(errorOf(page, "purpose")).contains(messages.getMessage("field.inspectionForm.purpose", null, sw));
        assertThat(errorOf(page, "agency")).contains(messages.getMessage("field.inspectionForm.agency", null, sw));
        assertThat(errorOf(page, "children"))
                .contains(messages.getMessage("inspection.children.hazardous-uncounted", null, sw));
        assertThat(errorOf(page, "lawfulSecurityReason"))
                .contains(messages.getMessage("inspection.lawful-security.reason-required", null, sw));
        eachOnceInFormOrder(page, "purpose", "agency", "children", "lawfulSecurityReason");
        assertThat(jdbc.queryForObject("select count(*) from inspection where site_id = ?", Integer.class, siteId))
                .as("nothing recorded").isZero();
    }

    @Test
    void anExportShipmentTheFormRefusesStillShowsTheDomainsProblemsInTheSameAnswer() throws Exception {
        var exporter = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        // The form refuses the empty importer's name and the mass below zero; the domain the HS code, the
        // e-mail address and the currency.
        var page = submit(post("/exports").param("importerName", "")
                .param("importerAddress", "Havenstraat 1, Rotterdam").param("importerCountry", "NL")
                .param("importerEmail", "not an address").param("destinationCountry", "NL")
                .param("mineral", "CASSITERITE").param("hsCode", "26O9").param("declaredMass", "-250")
                .param("declaredUnit", "KGM").param("grade", "65").param("declaredValue", "4600")
                .param("currency", "ZZZ").param("transportMode", "ROAD"), exporter, "es");
        var es = Locale.forLanguageTag("es");

        assertThat(errorOf(page, "importerName"))
                .contains(messages.getMessage("field.shipmentForm.importerName", null, es));
        assertThat(errorOf(page, "declaredMass"))
                .contains(messages.getMessage("field.shipmentForm.declaredMass", null, es));
        assertThat(errorOf(page, "importerEmail"))
                .contains(messages.getMessage("export.importerEmail.format", null, es));
        assertThat(errorOf(page, "hsCode")).contains(messages.getMessage("export.hsCode.format", null, es));
        assertThat(errorOf(page, "currency")).contains(messages.getMessage("export.currency.unknown", null, es));
        eachOnceInFormOrder(page, "importerName", "importerEmail", "hsCode", "declaredMass", "currency");
        assertThat(page.select("#declaredMass").attr("value")).isEqualTo("-250");
    }
}
