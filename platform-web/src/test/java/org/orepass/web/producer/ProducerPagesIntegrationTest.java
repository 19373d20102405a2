package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The producer pages (docs/producers.md): the passport's privacy, size and languages; evidence files; bad input
 * answered by the field with the typed value kept; mercury per gram of gold; the programme dashboard's figures
 * against SQL computed by hand.
 */
@PlatformTest
class ProducerPagesIntegrationTest {

    /** A one-pixel PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired Clock clock;

    private String message(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, locale), "UTF-8");
    }

    @Test
    void anOptedOutPassportIsOnlyForBuyersVerifiersAndTheProducerAndAnOptedInOneIsPublicInFourLanguages()
            throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        var buyer = fixtures.signedIn(Role.OPERATOR);
        var stranger = fixtures.signedIn(Role.OPERATOR);
        long site = f.site(inspector, operator);
        long lot = f.produce(inspector, operator, site, "50", LocalDate.now(clock).minusDays(2));
        long producer = p.profile(operator, false);
        var passport = "/producers/" + producer + "/passport";

        mvc.perform(get(passport)).andExpect(status().isNotFound());
        mvc.perform(get(passport + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get(passport).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(passport).with(user(buyer))).andExpect(status().isNotFound());
        f.sell(operator, buyer, lot, "10");
        mvc.perform(get(passport).with(user(buyer))).andExpect(status().isOk());
        mvc.perform(get(passport).with(user(inspector))).andExpect(status().isOk());
        mvc.perform(get(passport).with(user(operator))).andExpect(status().isOk());
        // The stranger sees neither the list entry nor the profile.
        mvc.perform(get("/producers/" + producer).with(user(stranger))).andExpect(status().isNotFound());

        long assessment = p.assess(operator, producer, LocalDate.now(clock), Map.of("S-4.4", "STARTED"));
        p.agree(inspector, producer, p.answer(assessment, "S-4.4"));
        mvc.perform(post("/producers/" + producer).with(user(operator)).with(csrf())
                        .param("membersMen", "30").param("membersWomen", "20").param("boardMen", "3")
                        .param("boardWomen", "2").param("committeeMen", "4").param("committeeWomen", "4")
                        .param("passportPublic", "true").param("_passportPublic", "on")
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from producer_profile where id = ?", Long.class, producer))))
                .andExpect(status().is3xxRedirection());
        for (var language : new String[] {"en", "fr", "es", "sw"}) {
            var locale = Locale.forLanguageTag(language);
            var page = mvc.perform(get(passport).param("lang", language)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(message("producer.passport.title", locale))))
                    .andExpect(content().string(containsString(message("producer.level.STARTED", locale))))
                    .andExpect(content().string(containsString("<svg")))
                    .andExpect(content().string(containsString(
                            message("producer.passport.women-share", locale, "40.0"))))
                    .andReturn().getResponse().getContentAsByteArray();
            // Styled by a linked stylesheet: the Content-Security-Policy (style-src 'self') drops an inline <style>.
            var html = new String(page, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).contains("href=\"/css/passport.css\"").doesNotContain("<style");
            var css = mvc.perform(get("/css/passport.css")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray().length;
            assertThat(page.length + css).as("passport in %s", language).isLessThan(100 * 1024);
        }
        var pdf = mvc.perform(get(passport + ".pdf").param("lang", "fr")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void badInputIsAnsweredByTheFieldWithWhatWasTypedKeptAndEvidenceFilesAreCheckedByTheirContent()
            throws Exception {
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var operator = p.cooperativeOperator();
        long producer = p.profile(operator, false);
        // Counts out of range and a date in the future.
        mvc.perform(post("/producers/" + producer).with(user(operator)).with(csrf())
                        .param("membersMen", "-3").param("membersWomen", "many").param("boardMen", "0")
                        .param("boardWomen", "0").param("committeeMen", "0").param("committeeWomen", "0")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"membersMen-error\"")))
                .andExpect(content().string(containsString("id=\"membersWomen-error\"")))
                .andExpect(content().string(containsString("value=\"many\"")));
        var tomorrow = LocalDate.now(clock).plusDays(1).toString();
        mvc.perform(post("/producers/" + producer + "/assessments").with(user(operator)).with(csrf())
                        .param("assessedOn", tomorrow).param("lang", "sw"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assessedOn-error\"")))
                .andExpect(content().string(containsString("value=\"" + LocalDate.now(clock).plusDays(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"")));
        long assessment = p.assess(operator, producer, LocalDate.now(clock), Map.of());
        long answer = p.answer(assessment, "S-4.2");
        mvc.perform(multipart("/producers/" + producer + "/answers/" + answer + "/evidence")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", "not a pdf".getBytes()))
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("producer.file.type", Locale.ENGLISH))));
        mvc.perform(multipart("/producers/" + producer + "/answers/" + answer + "/evidence")
                        .file(new MockMultipartFile("file", "timbering.png", "image/png", PNG))
                        .with(user(operator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long file = jdbc.queryForObject("select id from producer_evidence where answer_id = ?", Long.class, answer);
        mvc.perform(get("/producers/" + producer + "/evidence/" + file).with(user(operator)))
                .andExpect(status().isOk()).andExpect(content().bytes(PNG));
        // A verdict other than "agree" needs a reason, kept by its field.
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        p.verdict(inspector, producer, answer, "DISAGREE", " ").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from producer_verification where answer_id = ?", Long.class,
                answer)).isZero();
    }

    @Test
    void mercuryPerGramOfGoldAndAnnexCPracticesAndTheProgrammeDashboardMatchSqlComputedByHand() throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        long site = f.site(inspector, operator);
        long producer = p.profile(operator, true);
        var start = LocalDate.now(clock).minusMonths(2).withDayOfMonth(1);
        mvc.perform(post("/producers/" + producer + "/mercury").with(user(operator)).with(csrf())
                        .param("siteId", String.valueOf(site)).param("periodStart", start.toString())
                        .param("periodEnd", start.plusDays(27).toString()).param("mercuryUsedKg", "1.5")
                        .param("mercuryRecoveredKg", "2").param("goldG", "500").param("methods", "RETORT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mercuryRecoveredKg-error\"")));
        mvc.perform(post("/producers/" + producer + "/mercury").with(user(operator)).with(csrf())
                        .param("siteId", String.valueOf(site)).param("periodStart", start.toString())
                        .param("periodEnd", start.plusDays(27).toString()).param("mercuryUsedKg", "1.5")
                        .param("mercuryRecoveredKg", "0.5").param("goldG", "500")
                        .param("methods", "WHOLE_ORE_AMALGAMATION").param("openBurning", "true"))
                .andExpect(status().is3xxRedirection());
        // (1.5 - 0.5) kg = 1000 g of mercury lost for 500 g of gold: 2 g per gram; two annex C practices flagged.
        mvc.perform(get("/producers/" + producer + "/passport"))
                .andExpect(content().string(containsString("<td><span>2</span>")))
                .andExpect(content().string(containsString(message("producer.worst.OPEN_BURNING", Locale.ENGLISH))))
                .andExpect(content().string(containsString(
                        message("producer.worst.WHOLE_ORE_AMALGAMATION", Locale.ENGLISH))));

        long assessment = p.assess(operator, producer, LocalDate.now(clock), Map.of("S-4.1", "IN_PROGRESS"));
        p.agree(inspector, producer, p.answer(assessment, "S-4.1"));
        p.agree(inspector, producer, p.answer(assessment, "S-1.1"));

        var monitor = p.csoMonitor(true);
        var csv = mvc.perform(get("/producers/dashboard.csv").param("country", "UG").param("division", "UG-W")
                .with(user(monitor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var people = jdbc.queryForMap("""
                select count(*) as producers, sum(p.members_women) as mw, sum(p.members_men) as mm,
                       sum(p.board_women + p.committee_women) as lw, sum(p.board_men + p.committee_men) as lm
                from producer_profile p join organisation o on o.id = p.organisation_id
                where o.country = 'UG' and o.division = 'UG-W'""");
        assertThat(csv).contains("producers,," + people.get("producers") + ",");
        assertThat(csv).contains("members,\"women,men\"," + people.get("mw") + "," + people.get("mm"));
        assertThat(csv).contains("leaders,\"women,men\"," + people.get("lw") + "," + people.get("lm"));
        // Producers by verified level: each verifier's newest verdict; an answer counts with an agree and no other
        // verdict (a serious-risk "not met" with one agree); per producer and criterion the newest counting answer.
        for (var code : new String[] {"S-1.1", "S-4.1", "S-4.2"}) {
            var counts = jdbc.queryForList("""
                    with newest_verdict as (
                        select distinct on (v.answer_id, v.verifier) v.answer_id, v.verdict
                        from producer_verification v order by v.answer_id, v.verifier, v.verified_at desc, v.id desc
                    ), counting as (
                        select pa.producer_id, a.criterion_id, a.level, pa.assessed_on, a.id
                        from producer_answer a join producer_assessment pa on pa.id = a.assessment_id
                        join criterion c on c.id = a.criterion_id
                        where exists (select 1 from newest_verdict n where n.answer_id = a.id and n.verdict = 'AGREE')
                          and (not exists (select 1 from newest_verdict n where n.answer_id = a.id
                                           and n.verdict <> 'AGREE')
                               or (c.serious_risk is not null and a.level <> 'MET'))
                    ), newest as (
                        select distinct on (producer_id, criterion_id) producer_id, criterion_id, level from counting
                        order by producer_id, criterion_id, assessed_on desc, id desc
                    )
                    select coalesce(n.level, 'NONE') as level, count(*) as producers
                    from producer_profile p join organisation o on o.id = p.organisation_id
                    cross join (select c.id from criterion c join criteria_set s on s.id = c.set_id
                                where s.code = 'CRAFT-SAMPLE' and c.code = ?) crit
                    left join newest n on n.producer_id = p.id and n.criterion_id = crit.id
                    where o.country = 'UG' and o.division = 'UG-W'
                    group by coalesce(n.level, 'NONE')""", code);
            var expected = new java.util.HashMap<String, Long>(Map.of("NONE", 0L, "NOT_STARTED", 0L, "STARTED", 0L,
                    "IN_PROGRESS", 0L, "MET", 0L));
            counts.forEach(row -> expected.put((String) row.get("level"), ((Number) row.get("producers")).longValue()));
            assertThat(csv).contains("levels," + code + "," + expected.get("NONE") + "," + expected.get("NOT_STARTED")
                    + "," + expected.get("STARTED") + "," + expected.get("IN_PROGRESS") + "," + expected.get("MET"));
        }
        var year = jdbc.queryForMap("""
                select sum(m.mercury_used_kg) as used, sum(m.mercury_recovered_kg) as recovered, sum(m.gold_g) as gold
                from producer_mercury m join producer_profile p on p.id = m.producer_id
                join organisation o on o.id = p.organisation_id
                where o.country = 'UG' and o.division = 'UG-W' and extract(year from m.period_start) = ?""",
                start.getYear());
        assertThat(csv).contains("mercury," + start.getYear() + "," + ((BigDecimal) year.get("used")).toPlainString()
                + "," + ((BigDecimal) year.get("recovered")).toPlainString() + ","
                + ((BigDecimal) year.get("gold")).toPlainString());
        // The page shows the same figures; an operator may not read the dashboard.
        mvc.perform(get("/producers/dashboard").param("country", "UG").with(user(monitor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"dashboard-levels\"")));
        mvc.perform(get("/producers/dashboard").with(user(operator))).andExpect(status().isForbidden());
        mvc.perform(get("/producers").with(user(operator)))
                .andExpect(content().string(not(containsString("accreditation-title"))));
    }
}
