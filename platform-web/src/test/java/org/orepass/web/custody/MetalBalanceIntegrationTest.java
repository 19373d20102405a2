package org.orepass.web.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.risk.RedFlags;
import org.orepass.risk.SubjectKind;
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
 * Issue 12, "Mass and metal both balance", through the pages: processing, a combination and a split that would make
 * metal are refused by the grade field with the metal in and out, what was typed kept and no lot touched; then the
 * lawful path (processing that raises the grade while losing mass and a little metal) is recorded; an assayed
 * breach is recorded with an anomaly, blocks the chain and raises the red flag; a lot without a grade raises the
 * low MISSING_GRADE flag; a grade typed as Sn is stored as SnO2.
 */
@PlatformTest
class MetalBalanceIntegrationTest {

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

    @Autowired
    RedFlags redFlags;

    private record Held(SignedInUser trader, long siteId, String prefix, List<Long> lots) {
    }

    /** Cassiterite lots (kilograms, grade % SnO2 or "" for none) produced at a green site of one organisation. */
    private Held lots(String... kgAndGrade) throws Exception {
        return lots(fixtures.signedIn(Role.OPERATOR), kgAndGrade);
    }

    private Held lots(SignedInUser operator, String... kgAndGrade) throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(operator.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("M" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                        .param("prefix", prefix).param("from", "1").param("to", "10"))
                .andExpect(status().is3xxRedirection());
        var ids = new ArrayList<Long>();
        for (int i = 0; i < kgAndGrade.length / 2; i++) {
            var lot = mvc.perform(produce(operator, siteId, TagIssuing.number(prefix, i + 1), kgAndGrade[2 * i],
                            kgAndGrade[2 * i + 1]))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            ids.add(idOf(lot));
        }
        return new Held(operator, siteId, prefix, ids);
    }

    private MockHttpServletRequestBuilder produce(SignedInUser operator, long siteId, String tag, String kg,
            String grade) {
        return post("/lots").param("site", String.valueOf(siteId)).with(user(operator)).with(csrf())
                .param("tagNumber", tag).param("mineral", "CASSITERITE").param("mass", kg).param("unit", "KGM")
                .param("concentration", grade).param("productionDate", LocalDate.now(clock).toString());
    }

    /** A combination or processing form with these lots ticked (lot id, kilograms). */
    private MockHttpServletRequestBuilder taking(String path, SignedInUser who, Object... lotsAndKg) {
        var request = post(path).with(user(who)).with(csrf()).param("date", LocalDate.now(clock).toString());
        for (int i = 0; i < lotsAndKg.length / 2; i++) {
            var lotId = (Long) lotsAndKg[2 * i];
            request.param("inputs[" + i + "].lotId", String.valueOf(lotId))
                    .param("inputs[" + i + "].version", String.valueOf(version(lotId)))
                    .param("inputs[" + i + "].selected", "true").param("_inputs[" + i + "].selected", "on")
                    .param("inputs[" + i + "].massKg", (String) lotsAndKg[2 * i + 1]);
        }
        return request;
    }

    private long version(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    private BigDecimal remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId);
    }

    private long madeFrom(long lotId) {
        return jdbc.queryForObject("select count(*) from lot_input where input_lot_id = ?", Long.class, lotId);
    }

    private List<Long> outputsOf(long lotId) {
        return jdbc.queryForList("select distinct lot_id from lot_input where input_lot_id = ? order by lot_id",
                Long.class, lotId);
    }

    private String message(String key, String language, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.forLanguageTag(language)));
    }

    private static long idOf(String redirect) {
        return Long.parseLong(redirect.substring("/lots/".length()));
    }

    @Test
    void processingThatMakesMetalIsRefusedAndProcessingThatRaisesTheGradeIsRecorded() throws Exception {
        // 100 kg at 40 % SnO2: 40 kg SnO2, 31.508 kg of tin.
        var held = lots("100", "40");
        var ore = held.lots().get(0);
        // 60 kg at 70 % = 42 kg SnO2 (33.083 kg Sn): 5 % more metal than went in.
        mvc.perform(taking("/lots/" + ore + "/processing", held.trader(), ore, "100")
                        .param("parts[0].massKg", "60").param("parts[0].concentration", "70").param("lossKg", "40"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.metal.more", "en", "31.508", "33.083",
                        "Sn", "2"))))
                .andExpect(content().string(containsString("id=\"parts[0].concentration-error\"")))
                .andExpect(content().string(containsString("value=\"70\"")));
        assertThat(remaining(ore)).isEqualByComparingTo("100");
        assertThat(madeFrom(ore)).isZero();
        // In French too, by the same field.
        // Absurd numbers are refused as any other, without computing with them digit by digit.
        mvc.perform(taking("/lots/" + ore + "/processing", held.trader(), ore, "100")
                        .param("parts[0].massKg", "1e999999999").param("parts[0].concentration", "1e-999999999")
                        .param("lossKg", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parts[0].massKg-error\"")));
        mvc.perform(taking("/lots/" + ore + "/processing", held.trader(), ore, "100")
                        .param("parts[0].massKg", "100").param("parts[0].concentration", "1e-999999999")
                        .param("lossKg", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parts[0].concentration-error\"")));
        mvc.perform(taking("/lots/" + ore + "/processing", held.trader(), ore, "100")
                        .param("parts[0].massKg", "60").param("parts[0].concentration", "70").param("lossKg", "40")
                        .cookie(new jakarta.servlet.http.Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les lots obtenus contiendraient 33.083 kg de Sn, mais les"
                        + " lots pris en contenaient 31.508 kg")));

        // The lawful path: 55 kg at 72 % = 39.6 kg SnO2. The grade rose from 40 to 72 %, mass and metal fell.
        mvc.perform(taking("/lots/" + ore + "/processing", held.trader(), ore, "100")
                        .param("parts[0].massKg", "55").param("parts[0].concentration", "72").param("lossKg", "45"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "operation.processed"));
        var concentrate = outputsOf(ore).get(0);
        assertThat(jdbc.queryForMap("select concentration, grade_basis, metal_gain from lot where id = ?", concentrate))
                .containsEntry("grade_basis", "SNO2").containsEntry("metal_gain", false)
                .satisfies(row -> assertThat((BigDecimal) row.get("concentration")).isEqualByComparingTo("72"));
        // The lot page shows the grade and the contained metal: 55 × 72 % × 0.7877 = 31.193 kg Sn.
        mvc.perform(get("/lots/" + concentrate).with(user(held.trader())))
                .andExpect(content().string(containsString(message("lot.grade.value", "en", "72", "SnO2"))))
                .andExpect(content().string(containsString(message("lot.metal.value", "en",
                        new BigDecimal("31.193"), "Sn", new BigDecimal("31.193")))));
    }

    @Test
    void aCombinationTypedWithAHigherGradeIsRefusedAndTheWeightedGradeIsKept() throws Exception {
        // 30 + 12 = 42 kg SnO2 in 100 kg.
        var held = lots("60", "50", "40", "30");
        var a = held.lots().get(0);
        var b = held.lots().get(1);
        // The form shows each lot's grade, the basis grades are typed in (SnO2, or Sn) and the combined lot's grade.
        mvc.perform(get("/lots/" + a + "/combination").with(user(held.trader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.input.grade", "en", "50", "SnO2"))))
                .andExpect(content().string(containsString(message("operation.input.grade", "en", "30", "SnO2"))))
                .andExpect(content().string(containsString(message("grade.basis.SN", "en"))))
                .andExpect(content().string(containsString("name=\"concentration\"")));
        mvc.perform(taking("/lots/" + a + "/combination", held.trader(), a, "60", b, "40")
                        .param("concentration", "45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.metal.more", "en", "33.083", "35.447",
                        "Sn", "2"))))
                .andExpect(content().string(containsString("id=\"concentration-error\"")))
                .andExpect(content().string(containsString("value=\"45\"")));
        assertThat(remaining(a)).isEqualByComparingTo("60");
        assertThat(madeFrom(b)).isZero();

        mvc.perform(taking("/lots/" + a + "/combination", held.trader(), a, "60", b, "40"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "operation.combined"));
        var combined = outputsOf(a).get(0);
        assertThat(jdbc.queryForObject("select concentration from lot where id = ?", BigDecimal.class, combined))
                .isEqualByComparingTo("42");
    }

    @Test
    void aSplitThatAddsMetalIsRefusedAndASortedSplitIsRecorded() throws Exception {
        var held = lots("100", "60");
        var lot = held.lots().get(0);
        var split = post("/lots/" + lot + "/split").with(user(held.trader())).with(csrf())
                .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString());
        mvc.perform(split.param("parts[0].massKg", "50").param("parts[1].massKg", "50")
                        .param("parts[1].concentration", "70"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parts[1].concentration-error\"")))
                .andExpect(content().string(containsString(message("operation.metal.more", "en", "47.262", "51.201",
                        "Sn", "2"))));
        assertThat(remaining(lot)).isEqualByComparingTo("100");

        mvc.perform(post("/lots/" + lot + "/split").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString())
                        .param("parts[0].massKg", "50").param("parts[0].concentration", "70")
                        .param("parts[1].massKg", "50").param("parts[1].concentration", "50"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select l.concentration from lot l join lot_input i on i.lot_id = l.id"
                + " where i.input_lot_id = ? order by l.id", BigDecimal.class, lot))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("70"), new BigDecimal("50"));
    }

    @Test
    void anAssayedBreachIsRecordedWithAnAnomalyAndBlocksTheChain() throws Exception {
        var held = lots("100", "40");
        var ore = held.lots().get(0);
        mvc.perform(taking("/lots/" + ore + "/processing", held.trader(), ore, "100")
                        .param("parts[0].massKg", "60").param("parts[0].concentration", "70").param("lossKg", "40")
                        .param("assayed", "true").param("_assayed", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "operation.metal.flagged"));
        var concentrate = outputsOf(ore).get(0);
        assertThat(jdbc.queryForObject("select metal_gain from lot where id = ?", Boolean.class, concentrate))
                .isTrue();
        var number = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, concentrate);
        assertThat(jdbc.queryForObject("select count(*) from custody_anomaly where kind = 'METAL_BALANCE'"
                + " and details like ?", Long.class, "%" + number + "%31.508 kg Sn in, 33.083 kg out%")).isOne();
        mvc.perform(get("/lots/" + concentrate + "/genealogy").with(user(held.trader())))
                .andExpect(jsonPath("$.clean").value(false))
                .andExpect(jsonPath("$.problems[0].kind").value("METAL_BALANCE"));
        var flags = redFlags.of(held.trader().organisationId(), SubjectKind.LOT, null, null, concentrate);
        assertThat(flags).extracting(RedFlag::kind).contains(RedFlagKind.METAL_BALANCE)
                .doesNotContain(RedFlagKind.MISSING_GRADE);
    }

    @Test
    void aLotWithoutAGradeIsAllowedAndRaisesTheLowFlag() throws Exception {
        var held = lots("100", "");
        var lot = held.lots().get(0);
        assertThat(jdbc.queryForObject("select concentration from lot where id = ?", BigDecimal.class, lot)).isNull();
        mvc.perform(get("/lots/" + lot).with(user(held.trader())))
                .andExpect(content().string(containsString(message("lot.grade.unknown", "en"))));
        mvc.perform(get("/lots/" + lot + "/genealogy").with(user(held.trader())))
                .andExpect(jsonPath("$.clean").value(true))
                .andExpect(jsonPath("$.warnings[0].kind").value("MISSING_GRADE"));
        var flags = redFlags.of(held.trader().organisationId(), SubjectKind.LOT, null, null, lot);
        assertThat(flags).filteredOn(f -> f.kind() == RedFlagKind.MISSING_GRADE).singleElement()
                .satisfies(flag -> assertThat(flag.raises()).containsValue(org.orepass.risk.RiskLevel.LOW));
        // Processing it into a graded concentrate is allowed: its metal in is unknown.
        mvc.perform(taking("/lots/" + lot + "/processing", held.trader(), lot, "100")
                        .param("parts[0].massKg", "60").param("parts[0].concentration", "75").param("lossKg", "40"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "operation.processed"));
    }

    @Test
    void aGradeTypedAsTinIsStoredAsTinDioxideAndAnImpossibleOneIsRefused() throws Exception {
        var held = lots();
        mvc.perform(produce(held.trader(), held.siteId(), TagIssuing.number(held.prefix(), 1), "10", "80")
                        .param("gradeBasis", "SN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("grade.range", "en", "SnO2"))))
                .andExpect(content().string(containsString("id=\"concentration-error\"")))
                .andExpect(content().string(containsString("value=\"80\"")));
        for (var hostile : new String[] {"-5", "0", "100.5", "1e30", "1e999999999", "1e-999999999", "NaN"}) {
            mvc.perform(produce(held.trader(), held.siteId(), TagIssuing.number(held.prefix(), 1), "10", hostile))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"concentration-error\"")));
        }
        var lot = idOf(mvc.perform(produce(held.trader(), held.siteId(), TagIssuing.number(held.prefix(), 1), "10",
                        "55").param("gradeBasis", "SN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(jdbc.queryForObject("select concentration from lot where id = ?", BigDecimal.class, lot))
                .isEqualByComparingTo("69.824");
    }

    /** An export lot carries the exporter's declared grade: it may not state more metal than the lots hold. */
    @Test
    void anExportDeclaringMoreMetalThanItsLotsHoldIsRefusedAtSubmission() throws Exception {
        var exporter = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        var held = lots(exporter, "250", "65");
        var lot = held.lots().get(0);
        // 250 kg at 65 % SnO2 = 128.001 kg Sn; declared at 70 %: 137.848 kg.
        var breach = draftAndAttach(exporter, lot, "70");
        mvc.perform(post("/exports/" + breach + "/submission").with(user(exporter)).with(csrf())
                        .param("version", String.valueOf(shipmentVersion(breach))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("export.metal.more", "en", "128.001", "137.848",
                        "Sn", "2"))));
        assertThat(remaining(lot)).isEqualByComparingTo("250");

        var lawful = draftAndAttach(exporter, lot, "65");
        mvc.perform(post("/exports/" + lawful + "/submission").with(user(exporter)).with(csrf())
                        .param("version", String.valueOf(shipmentVersion(lawful))))
                .andExpect(status().is3xxRedirection());
        assertThat(remaining(lot)).isEqualByComparingTo("0");
    }

    private long draftAndAttach(SignedInUser exporter, long lotId, String grade) throws Exception {
        var draft = mvc.perform(post("/exports").with(user(exporter)).with(csrf())
                        .param("importerName", "Refinery Europe BV")
                        .param("importerAddress", "Havenstraat 1, Rotterdam").param("importerCountry", "NL")
                        .param("destinationCountry", "NL").param("mineral", "CASSITERITE")
                        .param("declaredMass", "250").param("declaredUnit", "KGM").param("grade", grade)
                        .param("declaredValue", "4600").param("currency", "USD").param("transportMode", "ROAD")
                        .param("carrier", "Lake Transport Ltd").param("route", "UG;KE")
                        .param("shipmentDate", LocalDate.now(clock).plusDays(5).toString())
                        .param("lots[" + lotId + "]", "250"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(draft.substring("/exports/".length()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/exports/" + id + "/documents")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "invoice.pdf",
                                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(
                                        java.nio.charset.StandardCharsets.US_ASCII)))
                        .with(user(exporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private long shipmentVersion(long shipmentId) {
        return jdbc.queryForObject("select version from export_shipment where id = ?", Long.class, shipmentId);
    }
}
