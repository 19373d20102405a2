package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.risk.RedFlags;
import org.orepass.risk.SubjectKind;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A buyer's Annex II red flag for a supplier's verified serious-risk "not met" (docs/producers.md, THE RULE) names
 * the criterion in the reader's language: the flag holds the criterion's id, the page its code and the set's text
 * in that language (English where the set has none), never the English title the criterion row carries.
 */
@PlatformTest
class ProducerRedFlagLanguageIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired RedFlags redFlags;
    @Autowired CriterionTexts criterionTexts;

    private String text(String code, String lang) {
        return jdbc.queryForObject("""
                select t.text from criteria_text t join criteria_set s on s.id = t.set_id
                where s.code = 'CRAFT-SAMPLE' and t.subject = 'CRITERION' and t.code = ? and t.lang = ?""",
                String.class, code, lang);
    }

    @Test
    void theFlagNamesTheCriterionInTheReadersLanguage() throws Exception {
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        long producer = p.profile(operator, false);
        long assessment = p.assess(operator, producer, LocalDate.now(clock).minusDays(2),
                Map.of("S-2.2", "NOT_STARTED"));
        p.agree(inspector, producer, p.answer(assessment, "S-2.2"));
        var buyer = fixtures.signedIn(Role.EXPORTER);
        long id = assessSupplier(buyer, operator.organisationId());

        // What the flag holds: the criterion's id, not its English title.
        var flag = redFlags.of(buyer.organisationId(), SubjectKind.SUPPLIER, operator.organisationId(), null, null)
                .stream().filter(f -> f.kind() == RedFlagKind.PRODUCER_FINDING).findFirst().orElseThrow();
        assertThat(flag.detail()).isEqualTo(String.valueOf(p.criterion("S-2.2")));

        var name = jdbc.queryForObject("select name from organisation where id = ?", String.class,
                operator.organisationId());
        var english = text("S-2.2", "en");
        var french = text("S-2.2", "fr");
        assertThat(french).isNotEqualTo(english);
        var page = Jsoup.parse(mvc.perform(get("/risk/assessments/" + id).param("lang", "fr").with(user(buyer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var flags = page.select("ul.red-flags li").eachText();
        var expected = messages.getMessage("redflag.PRODUCER_FINDING", new Object[] {name, "S-2.2 " + french},
                Locale.FRENCH);
        assertThat(flags).anySatisfy(li -> assertThat(li).contains(expected));
        assertThat(page.text()).doesNotContain(english).doesNotContain("Verified serious risk not met");
        // In English the set's English text.
        var inEnglish = Jsoup.parse(mvc.perform(get("/risk/assessments/" + id).param("lang", "en").with(user(buyer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(inEnglish.select("ul.red-flags li").eachText()).anySatisfy(li -> assertThat(li).contains(
                messages.getMessage("redflag.PRODUCER_FINDING", new Object[] {name, "S-2.2 " + english},
                        Locale.ENGLISH)));
        // A detail that is not a criterion's id (a removed criterion, an older text) is shown as it is.
        assertThat(criterionTexts.named("S-2.2 SAMPLE - No forced or compulsory labour."))
                .isEqualTo("S-2.2 SAMPLE - No forced or compulsory labour.");
        assertThat(criterionTexts.named("999999999999")).isEqualTo("999999999999");
    }

    private long assessSupplier(SignedInUser assessor, long supplierOrgId) throws Exception {
        var url = mvc.perform(post("/risk/assessments").with(user(assessor)).with(csrf())
                        .param("subjectKind", "SUPPLIER").param("supplierId", String.valueOf(supplierOrgId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/risk/assessments/".length()));
    }
}
