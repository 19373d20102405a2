package org.orepass.web.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Tags issued to sites and production lots sealed with them, through the pages, with every refusal. */
@PlatformTest
class CustodyIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    TagIssuing issuing;

    @Autowired
    java.time.Clock clock;

    /** A Ugandan cassiterite site with 1,500 kg/month capacity, owned by the organisation given. */
    private long site(SignedInUser inspector, Long ownerId) throws Exception {
        var location = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "1500")
                        .param("ownerId", String.valueOf(ownerId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/sites/".length()));
    }

    private void colour(long siteId, String status) {
        jdbc.update("update mine_site set status = ?, status_since = current_date where id = ?", status, siteId);
    }

    /** A prefix no other test uses, since tag numbers are unique per country. */
    private static String prefix() {
        return ("T" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
    }

    private ResultActions issue(SignedInUser who, long siteId, String prefix, String from, String to)
            throws Exception {
        return mvc.perform(post("/sites/" + siteId + "/tags").with(user(who)).with(csrf())
                .param("prefix", prefix).param("from", from).param("to", to));
    }

    private ResultActions produce(SignedInUser who, long siteId, String tag, String mass, String unit)
            throws Exception {
        return mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(who)).with(csrf())
                .param("tagNumber", tag).param("mineral", "CASSITERITE").param("mass", mass).param("unit", unit)
                .param("concentration", "62.5").param("packageType", "Bag").param("packageCount", "2")
                .param("productionDate", java.time.LocalDate.now(clock).toString()));
    }

    private record Setup(SignedInUser inspector, SignedInUser operator, long siteId, String prefix) {
    }

    /** A green site owned by the operator's organisation, with tags 1 to 10 issued to it. */
    private Setup greenSiteWithTags() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = fixtures.signedIn(Role.OPERATOR);
        var siteId = site(inspector, operator.organisationId());
        colour(siteId, "GREEN");
        var prefix = prefix();
        issue(inspector, siteId, prefix, "1", "10").andExpect(status().is3xxRedirection());
        return new Setup(inspector, operator, siteId, prefix);
    }

    private String tag(Setup setup, int n) {
        return TagIssuing.number(setup.prefix(), n);
    }

    private long anomalies(String kind, String tag) {
        return jdbc.queryForObject("select count(*) from custody_anomaly where kind = ? and tag_number = ?",
                Long.class, kind, tag);
    }

    private String message(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    @Test
    void anInspectorIssuesTagsAndTheOperatorProducesALotWithOne() throws Exception {
        var setup = greenSiteWithTags();
        mvc.perform(get("/sites/" + setup.siteId() + "/tags").with(user(setup.inspector())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag(setup, 10))));
        var lotUrl = produce(setup.operator(), setup.siteId(), tag(setup, 1).toLowerCase(Locale.ROOT), "250.5",
                "KGM").andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(lotUrl).matches("/lots/\\d+");
        mvc.perform(get(lotUrl).with(user(setup.operator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag(setup, 1))))
                .andExpect(content().string(containsString("UG-")))
                .andExpect(content().string(not(containsString(message("lot.uncertified", "en")))));
        var lotId = Long.parseLong(lotUrl.substring("/lots/".length()));
        assertThat(jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId))
                .isEqualByComparingTo("250.5");
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                tag(setup, 1))).isEqualTo("USED");
        mvc.perform(get("/lots").with(user(setup.operator())))
                .andExpect(content().string(containsString(lotUrl + "\"")))
                .andExpect(content().string(containsString("/lots/new?site=" + setup.siteId() + "\"")));
        // Another organisation neither lists nor opens it.
        var stranger = fixtures.signedIn(Role.OPERATOR);
        mvc.perform(get("/lots").with(user(stranger)))
                .andExpect(content().string(not(containsString(lotUrl + "\""))));
        mvc.perform(get(lotUrl).with(user(stranger))).andExpect(status().isNotFound());
        // Auditors see every lot.
        mvc.perform(get("/lots").with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(content().string(containsString(lotUrl + "\"")));
    }

    @Test
    void anUnknownTagIsRefusedByTheFieldAndRecordedAsAnAnomaly() throws Exception {
        var setup = greenSiteWithTags();
        var unknown = setup.prefix() + "999999";
        var page = produce(setup.operator(), setup.siteId(), unknown, "10", "KGM")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + unknown + "\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("tagNumber-error").text())
                .contains(message("lot.tag.unknown", "en", unknown));
        assertThat(anomalies("UNKNOWN_TAG", unknown)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from lot where site_id = ?", Long.class, setup.siteId()))
                .isZero();
    }

    @Test
    void aTagUsedTwiceIsRefusedAndRecorded() throws Exception {
        var setup = greenSiteWithTags();
        produce(setup.operator(), setup.siteId(), tag(setup, 2), "10", "KGM").andExpect(status().is3xxRedirection());
        var page = produce(setup.operator(), setup.siteId(), tag(setup, 2), "10", "KGM")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("tagNumber-error").text())
                .contains(message("lot.tag.used", "en", tag(setup, 2)));
        assertThat(anomalies("TAG_REUSED", tag(setup, 2))).isEqualTo(1);
    }

    @Test
    void aVoidedTagIsRefusedAndRecorded() throws Exception {
        var setup = greenSiteWithTags();
        var tagId = jdbc.queryForObject("select id from custody_tag where number = ?", Long.class, tag(setup, 3));
        mvc.perform(post("/sites/" + setup.siteId() + "/tags/" + tagId + "/void").with(user(setup.inspector()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        var page = produce(setup.operator(), setup.siteId(), tag(setup, 3), "10", "KGM")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("tagNumber-error").text())
                .contains(message("lot.tag.voided", "en", tag(setup, 3)));
        assertThat(anomalies("TAG_VOIDED", tag(setup, 3))).isEqualTo(1);
    }

    @Test
    void aTagOfAnotherSiteIsRefusedAndRecorded() throws Exception {
        var setup = greenSiteWithTags();
        var otherSite = site(setup.inspector(), setup.operator().organisationId());
        colour(otherSite, "GREEN");
        var page = produce(setup.operator(), otherSite, tag(setup, 4), "10", "KGM")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("tagNumber-error").text())
                .contains(message("lot.tag.other-site", "en", tag(setup, 4)));
        assertThat(anomalies("TAG_FROM_OTHER_SITE", tag(setup, 4))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                tag(setup, 4))).isEqualTo("ISSUED");
    }

    @Test
    void theRefusalComesInFrench() throws Exception {
        var setup = greenSiteWithTags();
        var unknown = setup.prefix() + "888888";
        var page = mvc.perform(post("/lots").param("site", String.valueOf(setup.siteId()))
                        .with(user(setup.operator())).with(csrf()).cookie(new Cookie("ORE_PASS_LANG", "fr"))
                        .param("tagNumber", unknown).param("mineral", "CASSITERITE").param("mass", "10")
                        .param("unit", "KGM").param("productionDate", java.time.LocalDate.now(clock).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var error = org.jsoup.Jsoup.parse(page).getElementById("tagNumber-error").text();
        assertThat(error).contains(message("lot.tag.unknown", "fr", unknown)).contains("L’étiquette");
    }

    @Test
    void aRedSiteMayNotProduce() throws Exception {
        var setup = greenSiteWithTags();
        colour(setup.siteId(), "RED");
        produce(setup.operator(), setup.siteId(), tag(setup, 5), "10", "KGM")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.site.red", "en"))));
        assertThat(jdbc.queryForObject("select count(*) from lot where site_id = ?", Long.class, setup.siteId()))
                .isZero();
    }

    @Test
    void aBlueSiteProducesUncertifiedLots() throws Exception {
        var setup = greenSiteWithTags();
        colour(setup.siteId(), "BLUE");
        var lotUrl = produce(setup.operator(), setup.siteId(), tag(setup, 6), "10", "KGM")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(lotUrl).with(user(setup.operator())))
                .andExpect(content().string(containsString(message("lot.uncertified", "en"))));
        assertThat(jdbc.queryForObject("select uncertified from lot where tag_id = (select id from custody_tag"
                + " where number = ?)", Boolean.class, tag(setup, 6))).isTrue();
    }

    @Test
    void productionAboveTheMonthlyCapacityIsAcceptedButFlagged() throws Exception {
        var setup = greenSiteWithTags();
        produce(setup.operator(), setup.siteId(), tag(setup, 7), "1", "TNE").andExpect(status().is3xxRedirection());
        assertThat(anomalies("OVER_CAPACITY", tag(setup, 7))).isZero();
        produce(setup.operator(), setup.siteId(), tag(setup, 8), "0.6", "TNE")
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "lot.saved.over-capacity"));
        assertThat(anomalies("OVER_CAPACITY", tag(setup, 8))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select mass_kg from lot where tag_id = (select id from custody_tag"
                + " where number = ?)", BigDecimal.class, tag(setup, 8))).isEqualByComparingTo("600");
        mvc.perform(get("/custody/anomalies").with(user(setup.inspector())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag(setup, 8))));
    }

    @Test
    void onlyTheSiteOperatorOrAnInspectorProduces() throws Exception {
        var setup = greenSiteWithTags();
        produce(fixtures.signedIn(Role.OPERATOR), setup.siteId(), tag(setup, 9), "10", "KGM")
                .andExpect(status().isForbidden());
        produce(fixtures.signedIn(Role.CSO_MONITOR), setup.siteId(), tag(setup, 9), "10", "KGM")
                .andExpect(status().isForbidden());
        mvc.perform(get("/custody/anomalies").with(user(setup.operator()))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                tag(setup, 9))).isEqualTo("ISSUED");
        // The inspector records for the site: the lot is held by the site's owner.
        produce(setup.inspector(), setup.siteId(), tag(setup, 9), "10", "KGM").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select custodian_id from lot where tag_id = (select id from custody_tag"
                + " where number = ?)", Long.class, tag(setup, 9))).isEqualTo(setup.operator().organisationId());
    }

    @Test
    void onlyAnInspectorWithJurisdictionIssuesTags() throws Exception {
        var setup = greenSiteWithTags();
        issue(setup.operator(), setup.siteId(), prefix(), "1", "5").andExpect(status().isForbidden());
        var congolese = new Actor("kinshasa", null, Set.of(Role.INSPECTOR), "CD", Set.of());
        assertThatThrownBy(() -> issuing.issue(congolese, setup.siteId(), prefix(), 1, 5))
                .isInstanceOf(CustodyAccessDenied.class);
        var auditor = fixtures.signedIn(Role.AUDITOR);
        mvc.perform(get("/sites/" + setup.siteId() + "/tags").with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"prefix\""))));
    }

    @Test
    void aBatchIsLimitedAndNumbersAreNeverIssuedTwice() throws Exception {
        var setup = greenSiteWithTags();
        issue(setup.inspector(), setup.siteId(), setup.prefix(), "5", "20")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from-error\"")))
                .andExpect(content().string(containsString(tag(setup, 5))));
        issue(setup.inspector(), setup.siteId(), prefix(), "1", "5001")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"to-error\"")))
                .andExpect(content().string(containsString("value=\"5001\"")));
    }

    @Test
    void theProductionFormOffersTheSiteMineralsAndKeepsWhatWasMistyped() throws Exception {
        var setup = greenSiteWithTags();
        mvc.perform(get("/lots/new").param("site", String.valueOf(setup.siteId())).with(user(setup.operator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"tagNumber\"")))
                .andExpect(content().string(containsString("value=\"CASSITERITE\"")))
                .andExpect(content().string(not(containsString("value=\"GOLD\""))));
        // Another organisation's operator does not even learn the site exists, as on the site pages.
        mvc.perform(get("/lots/new").param("site", String.valueOf(setup.siteId()))
                .with(user(fixtures.signedIn(Role.OPERATOR)))).andExpect(status().isNotFound());
        produce(setup.operator(), setup.siteId(), tag(setup, 10), "12,5 kg", "KGM")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mass-error\"")))
                .andExpect(content().string(containsString("value=\"12,5 kg\"")))
                .andExpect(content().string(containsString("href=\"#mass\"")));
        produce(setup.operator(), setup.siteId(), tag(setup, 10), "-3", "KGM")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("field.lotForm.mass", "en"))));
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                tag(setup, 10))).isEqualTo("ISSUED");
    }
}
