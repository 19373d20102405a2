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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/**
 * Land rehabilitation commitments and their progress (docs/producers.md, "Land rehabilitation"): who may write,
 * verify and read, tried by those who may not (another organisation, an inspector of another country, a buyer);
 * hostile values refused by their field with nothing stored; the verified area against SQL written by hand; the
 * profile and the passport showing it by site in the four languages. Also the passport's place by name and dates
 * in the reader's language, the programme dashboard's division choice, and the supplier-progress fragment on a
 * buyer's Annex II assessment page.
 */
@PlatformTest
class ProducerRehabilitationIntegrationTest {

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

    private ResultActions commit(SignedInUser who, long producer, long site, String area, String dueOn,
            String... works) throws Exception {
        var request = post("/producers/" + producer + "/rehabilitation").with(user(who)).with(csrf())
                .param("siteId", String.valueOf(site)).param("areaHa", area)
                .param("description", "Backfill the pits below the washing bay and replant")
                .param("source", "LICENCE_CONDITION").param("sourceReference", "Permit condition 7")
                .param("dueOn", dueOn);
        for (var work : works) {
            request.param("works", work);
        }
        return mvc.perform(request);
    }

    private ResultActions progress(SignedInUser who, long producer, long commitment, String area, LocalDate on,
            byte[] file) throws Exception {
        var request = multipart("/producers/" + producer + "/rehabilitation/" + commitment + "/progress");
        if (file != null) {
            request.file(new MockMultipartFile("file", "replanting.png", "image/png", file));
        }
        return mvc.perform(request.param("measuredOn", on.toString()).param("rehabilitatedHa", area)
                .param("note", "Grass planted on the backfilled pits").with(user(who)).with(csrf()));
    }

    private ResultActions verdict(SignedInUser who, long producer, long commitment, long record, String verdict,
            String reason) throws Exception {
        var request = post("/producers/" + producer + "/rehabilitation/" + commitment + "/records/" + record
                + "/verification").with(user(who)).with(csrf()).param("verdict", verdict);
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request);
    }

    private long commitments(long producer) {
        return jdbc.queryForObject("select count(*) from producer_rehabilitation where producer_id = ?", Long.class,
                producer);
    }

    private long records(long commitment) {
        return jdbc.queryForObject("select count(*) from producer_rehabilitation_progress where rehabilitation_id = ?",
                Long.class, commitment);
    }

    private long newestRecord(long commitment) {
        return jdbc.queryForObject("select max(id) from producer_rehabilitation_progress where rehabilitation_id = ?",
                Long.class, commitment);
    }

    /** The verified area by hand: the newest record one verifier agreed to and no verifier's newest verdict refuses. */
    private BigDecimal verifiedBySql(long commitment) {
        return jdbc.queryForObject("""
                with newest as (
                    select distinct on (v.progress_id, v.verifier) v.progress_id, v.verdict
                    from producer_rehabilitation_verification v
                    order by v.progress_id, v.verifier, v.verified_at desc, v.id desc
                )
                select coalesce((select r.rehabilitated_ha from producer_rehabilitation_progress r
                    where r.rehabilitation_id = ?
                      and exists (select 1 from newest n where n.progress_id = r.id)
                      and not exists (select 1 from newest n where n.progress_id = r.id and n.verdict <> 'AGREE')
                    order by r.measured_on desc, r.id desc limit 1), 0)""", BigDecimal.class, commitment);
    }

    @Test
    void onlyTheProducersPeopleWriteOnlyItsVerifiersVerifyBuyersReadAndHostileValuesAreRefusedByTheirField()
            throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        long site = f.site(inspector, operator);
        long producer = p.profile(operator, false);
        var other = p.cooperativeOperator();
        long othersSite = f.site(inspector, other);
        var buyer = fixtures.signedIn(Role.OPERATOR);
        f.sell(operator, buyer, f.produce(inspector, operator, site, "40", today.minusDays(3)), "10")
                .andExpect(status().is3xxRedirection());
        var supportingCso = fixtures.organisation(OrganisationType.CSO);
        jdbc.update("update producer_profile set supporting_cso_id = ? where id = ?", supportingCso.getId(), producer);
        var csoOfProducer = fixtures.memberOf(supportingCso.getId(), Role.CSO_MONITOR);
        var congoInspector = fixtures.inspectorOf("CD", Set.of());
        var year = today.plusYears(1).toString();

        // Hostile and careless values: each refused by its field in the reader's language, nothing stored.
        commit(operator, producer, othersSite, "4", year, "BACKFILLING").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"siteId-error\"")));
        for (var area : new String[] {"0", "-1", "1000000.01", "1e309", "0.005", "NaN", ""}) {
            commit(operator, producer, site, area, year, "BACKFILLING").andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"areaHa-error\"")));
        }
        for (var due : new String[] {"0001-01-01", "9999-12-31", "1999-12-31", "+999999999-12-31", "yesterday"}) {
            commit(operator, producer, site, "4", due, "BACKFILLING").andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"dueOn-error\"")));
        }
        commit(operator, producer, site, "4", year).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"works-error\"")));
        // A work no checkbox sends (a NUL, stripped to nothing): no work chosen, not a 500.
        commit(operator, producer, site, "4", year, "\u0000").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"works-error\"")));
        mvc.perform(post("/producers/" + producer + "/rehabilitation").with(user(operator)).with(csrf())
                        .param("siteId", String.valueOf(site)).param("areaHa", "4").param("works", "WATER")
                        .param("description", "x".repeat(501)).param("dueOn", year).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"description-error\"")))
                .andExpect(content().string(containsString("id=\"source-error\"")))
                .andExpect(content().string(containsString(message("producer.rehabilitation.source.required",
                        Locale.FRENCH))));
        assertThat(commitments(producer)).isZero();

        // Who may not write: a buyer (403), an inspector who verifies (403), another organisation and an inspector
        // of another country (404: they do not learn the producer exists).
        commit(buyer, producer, site, "4", year, "BACKFILLING").andExpect(status().isForbidden());
        commit(inspector, producer, site, "4", year, "BACKFILLING").andExpect(status().isForbidden());
        commit(other, producer, site, "4", year, "BACKFILLING").andExpect(status().isNotFound());
        commit(congoInspector, producer, site, "4", year, "BACKFILLING").andExpect(status().isNotFound());
        assertThat(commitments(producer)).isZero();

        var location = commit(operator, producer, site, "4", year, "BACKFILLING", "REPLANTING")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long commitment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForMap("select area_ha, works, source, due_on from producer_rehabilitation where id = ?",
                commitment)).containsEntry("works", "BACKFILLING,REPLANTING").containsEntry("source",
                "LICENCE_CONDITION").containsEntry("due_on", java.sql.Date.valueOf(today.plusYears(1)));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'RehabilitationCommitment'"
                + " and entity_id = ? and action = 'CREATE'", Long.class, String.valueOf(commitment))).isOne();

        // Progress: more than promised, in the future, before 2000 or hostile: refused, nothing stored.
        progress(operator, producer, commitment, "4.01", today, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rehabilitatedHa-error\"")));
        progress(operator, producer, commitment, "1", today.plusDays(1), null).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"measuredOn-error\"")));
        progress(operator, producer, commitment, "1", LocalDate.of(1999, 12, 31), null).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"measuredOn-error\"")));
        progress(operator, producer, commitment, "1e999999999", today, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rehabilitatedHa-error\"")));
        // A file that is not what it claims, with a bad area too: both told at once.
        mvc.perform(multipart("/producers/" + producer + "/rehabilitation/" + commitment + "/progress")
                        .file(new MockMultipartFile("file", "survey.pdf", "application/pdf", "not a pdf".getBytes()))
                        .param("measuredOn", today.toString()).param("rehabilitatedHa", "lots")
                        .with(user(operator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rehabilitatedHa-error\"")))
                .andExpect(content().string(containsString(message("producer.file.type", Locale.ENGLISH))));
        progress(buyer, producer, commitment, "1", today, null).andExpect(status().isForbidden());
        progress(other, producer, commitment, "1", today, null).andExpect(status().isNotFound());
        progress(inspector, producer, commitment, "1", today, null).andExpect(status().isForbidden());
        assertThat(records(commitment)).isZero();

        progress(operator, producer, commitment, "1.5", today.minusDays(60), PNG)
                .andExpect(status().is3xxRedirection());
        long first = newestRecord(commitment);
        long file = jdbc.queryForObject("select id from producer_rehabilitation_evidence where progress_id = ?",
                Long.class, first);
        mvc.perform(get("/producers/" + producer + "/rehabilitation/files/" + file).with(user(buyer)))
                .andExpect(status().isOk()).andExpect(content().bytes(PNG));
        mvc.perform(get("/producers/" + producer + "/rehabilitation/files/" + file).with(user(other)))
                .andExpect(status().isNotFound());

        // Nobody verifies their own record; an inspector of another country is not a verifier.
        verdict(operator, producer, commitment, first, "AGREE", null).andExpect(status().isForbidden());
        verdict(csoOfProducer, producer, commitment, first, "AGREE", null).andExpect(status().isForbidden());
        verdict(buyer, producer, commitment, first, "AGREE", null).andExpect(status().isForbidden());
        verdict(congoInspector, producer, commitment, first, "AGREE", null).andExpect(status().isNotFound());
        verdict(inspector, producer, commitment, first, "DISAGREE", " ").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from producer_rehabilitation_verification where"
                + " progress_id = ?", Long.class, first)).isZero();
        assertThat(verifiedBySql(commitment)).isEqualByComparingTo("0");
        mvc.perform(get("/producers/" + producer).with(user(buyer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("producer.rehabilitation.of", Locale.ENGLISH,
                        "0", "4", 0))))
                .andExpect(content().string(containsString(message("producer.rehabilitation.reported",
                        Locale.ENGLISH, "1.5", java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                                Locale.ENGLISH).format(today.minusDays(60))))));

        // The inspector agrees: 1.5 of 4 ha verified (38 %).
        verdict(inspector, producer, commitment, first, "AGREE", null).andExpect(status().is3xxRedirection());
        assertThat(verifiedBySql(commitment)).isEqualByComparingTo("1.5");
        mvc.perform(get("/producers/" + producer).with(user(operator)))
                .andExpect(content().string(containsString(message("producer.rehabilitation.of", Locale.ENGLISH,
                        "1.5", "4", 38))));

        // The supporting CSO's monitor records more; an accredited CSO agrees but the inspector asks for evidence:
        // still 1.5 verified. When the inspector agrees too, 3 of 4 ha (75 %).
        progress(csoOfProducer, producer, commitment, "3", today.minusDays(5), null)
                .andExpect(status().is3xxRedirection());
        long second = newestRecord(commitment);
        var accredited = p.csoMonitor(true);
        verdict(accredited, producer, commitment, second, "AGREE", null).andExpect(status().is3xxRedirection());
        verdict(inspector, producer, commitment, second, "ASK_EVIDENCE", "Photos of the replanted pits")
                .andExpect(status().is3xxRedirection());
        assertThat(verifiedBySql(commitment)).isEqualByComparingTo("1.5");
        mvc.perform(get("/producers/" + producer).with(user(operator)))
                .andExpect(content().string(containsString(message("producer.rehabilitation.of", Locale.ENGLISH,
                        "1.5", "4", 38))));
        verdict(inspector, producer, commitment, second, "AGREE", null).andExpect(status().is3xxRedirection());
        assertThat(verifiedBySql(commitment)).isEqualByComparingTo("3");
        mvc.perform(get("/producers/" + producer + "/rehabilitation/" + commitment).with(user(buyer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(message(
                        "producer.rehabilitation.of", Locale.ENGLISH, "3", "4", 75))))
                .andExpect(content().string(not(containsString("enctype=\"multipart/form-data\""))));
        mvc.perform(get("/producers/" + producer + "/rehabilitation/" + commitment + "/records/" + second)
                        .with(user(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Photos of the replanted pits")))
                .andExpect(content().string(not(containsString("name=\"verdict\""))));
        mvc.perform(get("/producers/" + producer + "/rehabilitation/" + commitment).with(user(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePassportShowsRehabilitationBySitePlacesByNameAndDatesInTheReadersLanguageUnder100Kb()
            throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        long site = f.site(inspector, operator);
        long producer = p.profile(operator, true);
        long assessment = p.assess(operator, producer, today.minusDays(1), Map.of("S-4.4", "STARTED"));
        p.agree(inspector, producer, p.answer(assessment, "S-4.4"));
        var location = commit(operator, producer, site, "2.5", today.plusYears(1).toString(), "TOPSOIL", "WATER")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long commitment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        progress(operator, producer, commitment, "1.25", today.minusDays(30), null)
                .andExpect(status().is3xxRedirection());
        verdict(inspector, producer, commitment, newestRecord(commitment), "AGREE", null)
                .andExpect(status().is3xxRedirection());
        var siteName = f.siteName(site);
        var day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH).format(today.minusDays(30));
        var quantities = Map.of("en", "1.25", "fr", "1,25", "es", "1,25", "sw", "1.25");
        var places = Map.of("en", "Uganda", "fr", "Ouganda", "es", "Uganda", "sw", "Uganda");

        for (var language : new String[] {"en", "fr", "es", "sw"}) {
            var locale = Locale.forLanguageTag(language);
            var page = mvc.perform(get("/producers/" + producer + "/passport").param("lang", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            var html = new String(page, StandardCharsets.UTF_8);
            var dom = Jsoup.parse(html);
            var land = dom.selectFirst("#passport-rehabilitation");
            assertThat(land).as("rehabilitation in %s", language).isNotNull();
            assertThat(land.select("svg rect")).as("a bar each: the whole and the verified part").hasSize(2);
            assertThat(land.text()).contains(siteName)
                    .contains(messages.getMessage("producer.rehabilitation.of", new Object[] {quantities.get(language),
                        "2" + (language.equals("en") || language.equals("sw") ? ".5" : ",5"), 50}, locale))
                    .contains(messages.getMessage("producer.rehabilitation.work.TOPSOIL", null, locale));
            // The place by name, not "UG UG-W"; no ISO date anywhere in what the reader sees.
            var place = dom.selectFirst("#passport-place").text();
            assertThat(place).contains(places.get(language)).contains("Western").doesNotContain("UG-W");
            assertThat(dom.body().text()).doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
            var css = mvc.perform(get("/css/passport.css")).andReturn().getResponse().getContentAsByteArray().length;
            assertThat(page.length + css).as("passport in %s", language).isLessThan(100 * 1024);
        }
        mvc.perform(get("/producers/" + producer + "/passport").param("lang", "fr"))
                .andExpect(content().string(containsString(day)));
        mvc.perform(get("/producers/" + producer + "/passport.pdf").param("lang", "sw")).andExpect(status().isOk());
        // The profile too: place by name in French, dates as the reader writes them.
        var profile = Jsoup.parse(mvc.perform(get("/producers/" + producer).param("lang", "fr").with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(profile.select("main dl.summary").text()).contains("Ouganda · Western").doesNotContain("UG-W");
        assertThat(profile.select("main").text()).doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    }

    @Test
    void theDashboardOffersDivisionsByNameOfTheChosenCountryOrAllGroupedByCountry() throws Exception {
        var monitor = new ProducerFixtures(mvc, fixtures, jdbc).csoMonitor(true);
        var uganda = Jsoup.parse(mvc.perform(get("/producers/dashboard").param("country", "UG")
                .param("division", "UG-W").with(user(monitor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        var select = uganda.selectFirst("select#division");
        assertThat(select).isNotNull();
        assertThat(select.select("option[value=UG-W]").text()).isEqualTo("Western");
        assertThat(select.select("option[value=UG-W]").hasAttr("selected")).isTrue();
        assertThat(select.select("option[value=CD-NK]")).isEmpty();
        assertThat(uganda.select("input[name=division]")).isEmpty();
        var all = Jsoup.parse(mvc.perform(get("/producers/dashboard").param("lang", "fr").with(user(monitor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var groups = all.select("select#division optgroup");
        assertThat(groups.eachAttr("label")).contains("Ouganda", "Rwanda");
        assertThat(all.select("select#division optgroup[label=Ouganda] option[value=UG-W]").text())
                .isEqualTo("Western");
        assertThat(all.select("select#division option[value=CD-NK]").text()).isEqualTo("Nord-Kivu");
    }

    @Test
    void aBuyersAnnexIIAssessmentOfASupplierShowsOnlyItsVerifiedLevelsAndNothingForASupplierWithoutAProfile()
            throws Exception {
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = p.cooperativeOperator();
        long producer = p.profile(operator, false);
        // Self-assessed: all met except S-4.4 started and S-4.2 in progress; the inspector agrees to S-4.4 only.
        long assessment = p.assess(operator, producer, today.minusDays(2),
                Map.of("S-4.4", "STARTED", "S-4.2", "IN_PROGRESS"));
        p.agree(inspector, producer, p.answer(assessment, "S-4.4"));
        var buyer = fixtures.signedIn(Role.EXPORTER);
        var plainSupplier = fixtures.signedIn(Role.OPERATOR);

        var page = Jsoup.parse(mvc.perform(get("/risk/assessments/" + assessSupplier(buyer, operator.organisationId()))
                .with(user(buyer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var fragment = page.selectFirst("#supplier-progress");
        assertThat(fragment).isNotNull();
        var lines = fragment.select("li");
        assertThat(lines).isNotEmpty();
        var started = lines.stream().filter(li -> li.text().startsWith("S-4.4")).findFirst().orElseThrow();
        assertThat(started.text()).endsWith(messages.getMessage("producer.level.STARTED", null, Locale.ENGLISH));
        var selfOnly = lines.stream().filter(li -> li.text().startsWith("S-4.2")).findFirst().orElseThrow();
        assertThat(selfOnly.text()).endsWith(messages.getMessage("producer.unverified", null, Locale.ENGLISH));
        // Nothing self-assessed shows as a level: every other line is unverified, no "met" and no "in progress".
        assertThat(lines.stream().filter(li -> !li.text().startsWith("S-4.4")))
                .allSatisfy(li -> assertThat(li.text()).endsWith(
                        messages.getMessage("producer.unverified", null, Locale.ENGLISH)));
        assertThat(fragment.text()).doesNotContain(messages.getMessage("producer.level.MET", null, Locale.ENGLISH))
                .doesNotContain(messages.getMessage("producer.level.IN_PROGRESS", null, Locale.ENGLISH));

        var without = Jsoup.parse(mvc.perform(get("/risk/assessments/" + assessSupplier(buyer,
                plainSupplier.organisationId())).with(user(buyer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(without.selectFirst("#flags-title")).isNotNull();
        assertThat(without.selectFirst("#supplier-progress")).isNull();
        assertThat(without.text()).doesNotContain(messages.getMessage("producer.supplier.title", null,
                Locale.ENGLISH));
    }

    private long assessSupplier(SignedInUser assessor, long supplierOrgId) throws Exception {
        var url = mvc.perform(post("/risk/assessments").with(user(assessor)).with(csrf())
                        .param("subjectKind", "SUPPLIER").param("supplierId", String.valueOf(supplierOrgId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring("/risk/assessments/".length()));
        mvc.perform(post("/risk/assessments/" + id).with(user(assessor)).with(csrf())
                .param("version", String.valueOf(jdbc.queryForObject(
                        "select version from risk_assessment where id = ?", Long.class, id))))
                .andExpect(status().is3xxRedirection());
        return id;
    }
}
