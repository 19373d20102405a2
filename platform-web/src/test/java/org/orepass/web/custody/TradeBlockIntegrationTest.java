package org.orepass.web.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * No trade from a red site, at any step (docs/custody.md): through the pages, each step is first shown closed for a
 * lot from a site that is red for a critical criterion, red on the lot's production day, or under review for a
 * verified level-1 incident, with the refusal naming the lot, the site and the reason by the field in the user's
 * language and nothing changed; then the lawful path (a later green inspection, the review cleared) goes through.
 */
@PlatformTest
class TradeBlockIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    private TradeBlockFixtures blocks() {
        return new TradeBlockFixtures(mvc, fixtures, jdbc);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String message(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, locale), "UTF-8");
    }

    private BigDecimal remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId);
    }

    private long madeFrom(long lotId) {
        return jdbc.queryForObject("select count(*) from lot_input where input_lot_id = ?", Long.class, lotId);
    }

    /** A combination or processing form with these lots ticked (lot id, kilograms). */
    private MockHttpServletRequestBuilder taking(String path, SignedInUser who, Object... lotsAndKg) {
        var request = post(path).with(user(who)).with(csrf()).param("date", today().toString());
        for (int i = 0; i < lotsAndKg.length / 2; i++) {
            var lotId = (Long) lotsAndKg[2 * i];
            request.param("inputs[" + i + "].lotId", String.valueOf(lotId))
                    .param("inputs[" + i + "].version", String.valueOf(blocks().lotVersion(lotId)))
                    .param("inputs[" + i + "].selected", "true").param("_inputs[" + i + "].selected", "on")
                    .param("inputs[" + i + "].massKg", (String) lotsAndKg[2 * i + 1]);
        }
        return request;
    }

    private MockHttpServletRequestBuilder split(SignedInUser who, long lotId, String kg) {
        return post("/lots/" + lotId + "/split").with(user(who)).with(csrf())
                .param("version", String.valueOf(blocks().lotVersion(lotId))).param("date", today().toString())
                .param("parts[0].massKg", kg).param("parts[0].packageType", "Bag");
    }

    @Test
    void aLotFromASiteRedForACriticalCriterionIsNeitherSoldNorBoughtUntilALaterInspectionClearsTheSite()
            throws Exception {
        var f = blocks();
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.OPERATOR);
        long site = f.site(inspector, producer);
        long lot = f.produce(inspector, producer, site, "100", today().minusDays(5));
        // A delivery already on the road when the site turns red.
        f.sell(producer, buyer, lot, "10").andExpect(status().is3xxRedirection());
        long onTheRoad = f.lastTransferOf(lot);

        f.inspectRed(inspector, site, today().minusDays(3));
        var refused = message("lot.blocked.red-critical", Locale.ENGLISH, f.lotNumber(lot), f.siteName(site),
                today().minusDays(3).toString());
        f.sell(producer, buyer, lot, "20").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)))
                .andExpect(content().string(containsString("id=\"massKg-error\"")))
                .andExpect(content().string(containsString("value=\"20\"")));
        assertThat(remaining(lot)).isEqualByComparingTo("90");
        // The lot page says so before anyone tries.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/lots/" + lot)
                        .with(user(producer)))
                .andExpect(content().string(containsString("id=\"lot-blocks\"")))
                .andExpect(content().string(containsString(refused)));
        // In the buyer's language, by the weighed mass: the delivery stays on the road (the buyer may reject it).
        mvc.perform(post("/transfers/" + onTheRoad + "/receipt").with(user(buyer)).with(csrf())
                        .param("massKg", "10").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.blocked.red-critical", Locale.FRENCH,
                        f.lotNumber(lot), f.siteName(site), today().minusDays(3).toString()))));
        assertThat(jdbc.queryForObject("select status from custody_transfer where id = ?", String.class, onTheRoad))
                .isEqualTo("SENT");

        // A later inspection finds the breach corrected: the lot, produced before the red, trades again.
        f.inspectGreen(inspector, site, today().minusDays(1));
        f.receive(buyer, onTheRoad, "10").andExpect(status().is3xxRedirection());
        f.sell(producer, buyer, lot, "20").andExpect(status().is3xxRedirection());
        assertThat(remaining(lot)).isEqualByComparingTo("70");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/lots/" + lot)
                        .with(user(producer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"lot-blocks\""))));
    }

    @Test
    void aLotProducedWhileItsSiteWasRedStaysOutOfTradeAfterTheSiteTurnsGreenAndLaterLotsTrade() throws Exception {
        var f = blocks();
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.OPERATOR);
        long site = f.site(inspector, producer);
        long early = f.produce(inspector, producer, site, "50", today().minusDays(20));
        // A visit 30 days ago, recorded late, found an armed group; the site was cleared yesterday.
        f.inspectRed(inspector, site, today().minusDays(30));
        f.inspectGreen(inspector, site, today().minusDays(1));
        long later = f.produce(inspector, producer, site, "40", today());

        var refused = message("lot.blocked.red-at-production", Locale.ENGLISH, f.lotNumber(early), f.siteName(site),
                today().minusDays(20).toString());
        f.sell(producer, buyer, early, "50").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        // Mixed with a lawful lot, it is refused by its own row; nothing is taken from either.
        mvc.perform(taking("/lots/" + later + "/combination", producer, later, "40", early, "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        assertThat(remaining(later)).isEqualByComparingTo("40");
        assertThat(remaining(early)).isEqualByComparingTo("50");
        mvc.perform(split(producer, early, "10")).andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        assertThat(madeFrom(early)).isZero();

        // Nor can more ore be recorded as produced on a day the site was red, by the production date.
        f.tryProduce(inspector, producer, site, "30", today().minusDays(25)).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.blocked.produced-while-red", Locale.ENGLISH,
                        f.siteName(site), today().minusDays(25).toString()))))
                .andExpect(content().string(containsString("id=\"productionDate-error\"")));

        // The lot produced after the green inspection trades.
        f.sell(producer, buyer, later, "40").andExpect(status().is3xxRedirection());
        assertThat(remaining(later)).isEqualByComparingTo("0");
    }

    @Test
    void combinationSplitAndProcessingOfLotsFromASiteUnderReviewAreRefusedUntilTheReviewIsCleared()
            throws Exception {
        var f = blocks();
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.OPERATOR);
        long site = f.site(inspector, producer);
        long a = f.produce(inspector, producer, site, "100", today().minusDays(2));
        long b = f.produce(inspector, producer, site, "50", today().minusDays(2));
        // Bought by another organisation before the incident: the hold follows the ore into the buyer's lot.
        f.sell(producer, buyer, b, "50").andExpect(status().is3xxRedirection());
        long bought = Long.parseLong(f.receive(buyer, f.lastTransferOf(b), "50").andReturn().getResponse()
                .getRedirectedUrl().substring("/lots/".length()));
        long c = f.produce(inspector, producer, site, "30", today().minusDays(2));
        long incident = f.verifiedArmedGroupIncident(inspector, site, today().minusDays(1));
        var held = message("lot.blocked.site-review", Locale.ENGLISH, f.lotNumber(a), f.siteName(site),
                String.valueOf(incident));

        mvc.perform(taking("/lots/" + a + "/combination", producer, a, "60", c, "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(held)))
                .andExpect(content().string(containsString("inputs[0].massKg-error")));
        mvc.perform(split(producer, a, "10")).andExpect(status().isOk())
                .andExpect(content().string(containsString(held)));
        mvc.perform(taking("/lots/" + a + "/processing", producer, a, "100")
                        .param("parts[0].massKg", "80").param("parts[0].concentration", "70").param("lossKg", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(held)));
        f.sell(buyer, fixtures.signedIn(Role.OPERATOR), bought, "50").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.blocked.site-review", Locale.ENGLISH,
                        f.lotNumber(bought), f.siteName(site), String.valueOf(incident)))));
        assertThat(remaining(a)).isEqualByComparingTo("100");
        assertThat(madeFrom(a)).isZero();

        // The site's inspector clears the review: every step goes through again.
        f.clearReview(inspector, site, incident);
        mvc.perform(taking("/lots/" + a + "/combination", producer, a, "60", c, "30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(split(producer, a, "10")).andExpect(status().is3xxRedirection());
        mvc.perform(taking("/lots/" + a + "/processing", producer, a, "30")
                        .param("parts[0].massKg", "25").param("parts[0].concentration", "70").param("lossKg", "5"))
                .andExpect(status().is3xxRedirection());
        assertThat(remaining(a)).isEqualByComparingTo("0");
        f.sell(buyer, fixtures.signedIn(Role.OPERATOR), bought, "50").andExpect(status().is3xxRedirection());
    }
}
