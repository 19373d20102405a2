package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.RedFlags;
import org.orepass.risk.RiskLevel;
import org.orepass.risk.SubjectKind;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * THE RULE of issue 22 (docs/producers.md): a verified "not met" on an Annex II serious-risk criterion holds the
 * producer's lots from trade exactly as a verified level-1 incident does (custody.TradeBlocks), and raises a HIGH red
 * flag in buyers' assessments. Tried the ways someone would get around it: before verification nothing is held
 * (only verified levels count); after it, the page sale, a sale by an intermediary who bought earlier, and the ICGLR
 * lot API are refused; a later self-assessed "met" changes nothing; a "met" that two verifiers disagree on changes
 * nothing; the producer cannot verify itself, nor can an unaccredited CSO; a "met" all verifiers agree to lifts it.
 */
@PlatformTest
class ProducerTradeRuleIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired RedFlags redFlags;
    @Autowired TokenIssuing tokens;
    @Autowired JsonMapper json;

    private String message(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, locale), "UTF-8");
    }

    private BigDecimal remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId);
    }

    private String organisationName(long id) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class, id);
    }

    @Test
    void aVerifiedForcedLabourFindingHoldsTheProducersLotsAtEveryDoorUntilAVerifiedMetThatNoVerifierDisputes()
            throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        var trader = fixtures.signedIn(Role.OPERATOR);
        var refiner = fixtures.signedIn(Role.OPERATOR);
        long site = f.site(inspector, operator);
        long lot = f.produce(inspector, operator, site, "100", today.minusDays(5));
        long producer = p.profile(operator, false);

        // The cooperative says forced labour is not dealt with; no one has verified it: nothing is held.
        long first = p.assess(operator, producer, today.minusDays(3), Map.of("S-2.2", "NOT_STARTED"));
        long notMet = p.answer(first, "S-2.2");
        f.sell(operator, trader, lot, "10").andExpect(status().is3xxRedirection());
        long bought = Long.parseLong(f.receive(trader, f.lastTransferOf(lot), "10").andReturn().getResponse()
                .getRedirectedUrl().substring("/lots/".length()));

        // The producer cannot verify its own answer, nor can a monitor of a CSO nobody accredited.
        p.verdict(operator, producer, notMet, "AGREE", null).andExpect(status().isForbidden());
        p.verdict(p.csoMonitor(false), producer, notMet, "AGREE", null).andExpect(status().is4xxClientError());
        assertThat(remaining(lot)).isEqualByComparingTo("90");

        // The inspector confirms it: the finding holds every lot of the site, by the field, in the user's language.
        p.agree(inspector, producer, notMet);
        var finding = organisationName(operator.organisationId()) + " (S-2.2)";
        var refused = message("lot.blocked.producer-finding", Locale.ENGLISH, f.lotNumber(lot), f.siteName(site),
                finding);
        f.sell(operator, trader, lot, "20").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)))
                .andExpect(content().string(containsString("id=\"massKg-error\"")));
        assertThat(remaining(lot)).isEqualByComparingTo("90");
        // Through an intermediary: the trader who bought before the finding cannot sell on either (in French).
        mvc.perform(post("/lots/" + bought + "/sales").with(user(trader))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("buyerId", String.valueOf(refiner.organisationId())).param("massKg", "10")
                        .param("version", String.valueOf(f.lotVersion(bought))).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.blocked.producer-finding", Locale.FRENCH,
                        f.lotNumber(bought), f.siteName(site), finding))));
        assertThat(remaining(bought)).isEqualByComparingTo("10");

        // The same red flag as a verified level-1 incident in a buyer's assessment of the supplier: HIGH.
        var flags = redFlags.of(trader.organisationId(), SubjectKind.SUPPLIER, operator.organisationId(), null,
                null);
        assertThat(flags).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(RedFlagKind.PRODUCER_FINDING);
            assertThat(flag.raises()).containsEntry(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.HIGH);
        });

        // A new self-assessment says "met": unverified, it changes nothing.
        long second = p.assess(operator, producer, today.minusDays(1), Map.of());
        long met = p.answer(second, "S-2.2");
        f.sell(operator, trader, lot, "20").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        // One verifier agrees, an accredited CSO's monitor disagrees: disputed, still held.
        var monitor = p.csoMonitor(true);
        p.agree(inspector, producer, met);
        p.verdict(monitor, producer, met, "DISAGREE", "Workers said they cannot leave before the debt is paid")
                .andExpect(status().is3xxRedirection());
        f.sell(operator, trader, lot, "20").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        mvc.perform(get("/producers/" + producer).with(user(operator)))
                .andExpect(content().string(containsString("id=\"producer-findings\"")));

        // The monitor checks again and agrees: the "met" counts, the hold lifts, the lawful sale goes through.
        p.agree(monitor, producer, met);
        f.sell(operator, trader, lot, "20").andExpect(status().is3xxRedirection());
        assertThat(remaining(lot)).isEqualByComparingTo("70");
        assertThat(redFlags.of(trader.organisationId(), SubjectKind.SUPPLIER, operator.organisationId(), null, null))
                .noneSatisfy(flag -> assertThat(flag.kind()).isEqualTo(RedFlagKind.PRODUCER_FINDING));
    }

    @Test
    void theIcglrLotApiRefusesALotOfAProducerWithAVerifiedArmedGroupFinding() throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        for (var organisation : new Long[] {inspector.organisationId(), operator.organisationId()}) {
            jdbc.update("update organisation set contact_name = 'Grace Tumusiime', contact_email = 'grace@kisoro.org',"
                    + " contact_phone = '+256 772 123 456' where id = ?", organisation);
        }
        var token = "Bearer " + tokens.issue(operator.username(), "test").value();
        long site = f.site(inspector, operator);
        long lot = f.produce(inspector, operator, site, "80", today.minusDays(5));
        long producer = p.profile(operator, false);
        long assessment = p.assess(operator, producer, today, Map.of("S-2.4", "STARTED"));
        p.agree(inspector, producer, p.answer(assessment, "S-2.4"));

        var document = json.createObjectNode();
        document.put("mineral", "2609.00.00");
        document.put("concentration", 60);
        document.put("mass", new BigDecimal("50"));
        document.put("unitOfMeasurement", "KGM");
        document.put("packageType", "Bag");
        document.put("nrOfPackages", 2);
        document.putArray("creatorRole").add(2);
        document.putArray("originatingOperation").add(3);
        document.putArray("inputLot").addObject().put("lotNumber", f.lotNumber(lot));
        document.put("dateSealed", today.toString());
        var response = mvc.perform(post("/api/icglr/v1/lots").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(document)).header("Authorization", token)
                        .header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(409);
        var problem = json.readTree(response.getContentAsString()).path("details").path("problems").get(0);
        assertThat(problem.path("reason").asString()).isEqualTo(messages.getMessage("lot.blocked.producer-finding",
                new Object[] {f.lotNumber(lot), f.siteName(site),
                    organisationName(operator.organisationId()) + " (S-2.4)"}, Locale.ENGLISH));
        // Armed groups raise non-state armed groups to HIGH for a buyer assessing the site.
        assertThat(redFlags.of(inspector.organisationId(), SubjectKind.SITE, null, site, null))
                .anySatisfy(flag -> assertThat(flag.raises())
                        .containsEntry(AnnexIIRisk.NON_STATE_ARMED_GROUPS, RiskLevel.HIGH));
    }
}
