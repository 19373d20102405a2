package org.orepass.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.custody.TagIssuing;
import org.orepass.organisation.Organisations;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Red flags from real custody data (each with data that raises it and data that does not), assessments through
 * the pages: computed levels, the raise-not-lower rule, the decision refusal, the second person's sign-off, the
 * versions kept, who reads what, and the blocking effect of a suspension on purchases.
 */
@PlatformTest
class RiskIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    RedFlags redFlags;

    @Autowired
    MessageSource messages;

    @Autowired
    Organisations organisations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    TransactionTemplate transaction;

    /** A producer (operator owning a green site), an exporter that bought a lot from it, and the lots. */
    private record Chain(SignedInUser inspector, SignedInUser producer, SignedInUser exporter, long siteId,
            long productionLotId, long purchaseLotId) {
    }

    private Chain chain(String division, String receivedKg) throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var exporter = fixtures.signedIn(Role.EXPORTER);
        var siteId = site(inspector, producer, division);
        var lot = produce(inspector, producer, siteId, "100");
        var bought = buy(producer, exporter, lot, "100", receivedKg);
        return new Chain(inspector, producer, exporter, siteId, lot, bought);
    }

    private long site(SignedInUser inspector, SignedInUser owner, String division) throws Exception {
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Risk pit")).param("country", "UG")
                        .param("division", division).param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(owner.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", id);
        return id;
    }

    private long produce(SignedInUser inspector, SignedInUser producer, long siteId, String kg) throws Exception {
        var prefix = ("R" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer)).with(csrf())
                        .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                        .param("mass", kg).param("unit", "KGM")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    private long buy(SignedInUser seller, SignedInUser buyer, long lotId, String kg, String receivedKg)
            throws Exception {
        sell(seller, buyer, lotId, kg).andExpect(status().is3xxRedirection());
        var transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
        var lot = mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(buyer)).with(csrf())
                        .param("massKg", receivedKg))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    private org.springframework.test.web.servlet.ResultActions sell(SignedInUser seller, SignedInUser buyer,
            long lotId, String kg) throws Exception {
        return mvc.perform(post("/lots/" + lotId + "/sales").with(user(seller)).with(csrf())
                .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", kg)
                .param("version", String.valueOf(jdbc.queryForObject("select version from lot where id = ?",
                        Long.class, lotId))));
    }

    /** Another user of the same organisation. */
    private List<RedFlagKind> kinds(List<RedFlag> flags) {
        return flags.stream().map(RedFlag::kind).toList();
    }

    private List<RedFlagKind> lotFlags(Chain c) {
        return kinds(redFlags.of(c.exporter().organisationId(), SubjectKind.LOT, null, null, c.purchaseLotId()));
    }

    private List<RedFlag> supplierFlags(Chain c) {
        return redFlags.of(c.exporter().organisationId(), SubjectKind.SUPPLIER, c.producer().organisationId(), null,
                null);
    }

    private String message(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, locale), "UTF-8");
    }

    // ---- red flags -------------------------------------------------------------------------------------------

    @Test
    void anOriginInAListedAreaIsFlaggedWithItsSourceAndAnOriginElsewhereIsNot() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        jdbc.update("delete from cahra_area where country = 'UG' and division = 'UG-N'");
        mvc.perform(post("/admin/cahra").with(user(admin)).with(csrf()).param("country", "UG")
                        .param("division", "UG-N").param("source", "UN Group of Experts report")
                        .param("listedOn", "2026-06-30"))
                .andExpect(status().is3xxRedirection());
        var listed = chain("UG-N", "100");
        var elsewhere = chain("UG-W", "100");
        var flags = redFlags.of(listed.exporter().organisationId(), SubjectKind.LOT, null, null,
                listed.purchaseLotId());
        assertThat(kinds(flags)).contains(RedFlagKind.CAHRA_ORIGIN);
        var cahra = flags.stream().filter(f -> f.kind() == RedFlagKind.CAHRA_ORIGIN).findFirst().orElseThrow();
        assertThat(cahra.detail()).contains("UN Group of Experts report").contains("2026-06-30");
        assertThat(cahra.link()).isEqualTo("/sites/" + listed.siteId());
        assertThat(lotFlags(elsewhere)).doesNotContain(RedFlagKind.CAHRA_ORIGIN);
        // The site itself, assessed by its operator, is flagged the same way.
        assertThat(kinds(redFlags.of(listed.producer().organisationId(), SubjectKind.SITE, null, listed.siteId(),
                null))).contains(RedFlagKind.CAHRA_ORIGIN);
    }

    @Test
    void theCahraListRefusesBadInputByTheFieldAndIsTheAdministratorsOnly() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(post("/admin/cahra").with(user(admin)).with(csrf()).param("country", "UG")
                        .param("division", "CD-NK").param("source", "").param("listedOn", "31/06/2026")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("field.cahraForm.source", Locale.FRENCH))))
                .andExpect(content().string(containsString(message("risk.cahra.listedOn.invalid", Locale.FRENCH))))
                .andExpect(content().string(containsString("value=\"31/06/2026\"")));
        mvc.perform(post("/admin/cahra").with(user(fixtures.signedIn(Role.EXPORTER))).with(csrf())
                        .param("country", "UG").param("source", "x").param("listedOn", "2026-01-01"))
                .andExpect(status().isForbidden());
    }

    @Test
    void redBlueAndExpiredSitesAreFlaggedAndAGreenOneIsNot() throws Exception {
        var c = chain("UG-W", "100");
        assertThat(lotFlags(c)).doesNotContain(RedFlagKind.RED_SITE, RedFlagKind.BLUE_SITE);
        jdbc.update("update mine_site set status = 'RED' where id = ?", c.siteId());
        assertThat(lotFlags(c)).contains(RedFlagKind.RED_SITE);
        jdbc.update("update mine_site set status = 'BLUE' where id = ?", c.siteId());
        assertThat(lotFlags(c)).contains(RedFlagKind.BLUE_SITE).doesNotContain(RedFlagKind.RED_SITE);
        // Green 13 months ago has expired: blue today, though nobody recorded it.
        jdbc.update("update mine_site set status = 'GREEN', status_since = ? where id = ?",
                LocalDate.now(clock).minusMonths(13), c.siteId());
        assertThat(lotFlags(c)).contains(RedFlagKind.BLUE_SITE);
    }

    @Test
    void overCapacityAndTagAnomaliesOfTheOriginSiteAreFlagged() throws Exception {
        var c = chain("UG-W", "100");
        assertThat(lotFlags(c)).doesNotContain(RedFlagKind.OVER_CAPACITY, RedFlagKind.TAG_ANOMALY);
        jdbc.update("insert into custody_anomaly (kind, site_id, recorded_by, recorded_at, details)"
                + " values ('OVER_CAPACITY', ?, 'test', now(), 'x')", c.siteId());
        assertThat(lotFlags(c)).contains(RedFlagKind.OVER_CAPACITY).doesNotContain(RedFlagKind.TAG_ANOMALY);
        jdbc.update("insert into custody_anomaly (kind, tag_number, site_id, recorded_by, recorded_at, details)"
                + " values ('TAG_REUSED', 'UG-X-000001', ?, 'test', now(), 'x')", c.siteId());
        var flags = redFlags.of(c.exporter().organisationId(), SubjectKind.LOT, null, null, c.purchaseLotId());
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(RedFlagKind.TAG_ANOMALY);
            assertThat(f.detail()).isEqualTo("UG-X-000001");
            assertThat(f.link()).isEqualTo("/sites/" + c.siteId());
        });
    }

    @Test
    void aWeightDifferenceOnReceiptIsFlaggedAndAWeightWithinTheToleranceIsNot() throws Exception {
        var exact = chain("UG-W", "99.5");
        assertThat(kinds(supplierFlags(exact))).doesNotContain(RedFlagKind.WEIGHT_DIFFERENCE);
        var light = chain("UG-W", "90");
        var flags = supplierFlags(light);
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(RedFlagKind.WEIGHT_DIFFERENCE);
            assertThat(f.link()).isEqualTo("/lots/" + light.purchaseLotId());
        });
    }

    @Test
    void aLotHeavierThanItsInputsBreaksTheMassBalance() throws Exception {
        var c = chain("UG-W", "100");
        long balanced = combination(c, 100);
        long heavier = combination(c, 150);
        assertThat(kinds(redFlags.of(c.exporter().organisationId(), SubjectKind.LOT, null, null, balanced)))
                .doesNotContain(RedFlagKind.MASS_BALANCE);
        assertThat(kinds(redFlags.of(c.exporter().organisationId(), SubjectKind.LOT, null, null, heavier)))
                .contains(RedFlagKind.MASS_BALANCE);
    }

    /** A combination of the purchase lot weighing {@code kg} (its rows written directly, as custody tests do). */
    private long combination(Chain c, int kg) {
        long id = jdbc.queryForObject("""
                insert into lot (lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, registered_by, registered_at)
                values (?, ?, 'EXPORTER', 'COMBINATION', 'CASSITERITE', ?, 'KGM', ?, ?, 'test', now())
                returning id""", Long.class, "C-" + System.nanoTime(), c.exporter().organisationId(), kg, kg, kg);
        jdbc.update("insert into lot_input (lot_id, input_lot_id, mass_kg) values (?, ?, 100)", id,
                c.purchaseLotId());
        return id;
    }

    @Test
    void aSupplierThatSourcedFromARedSiteInTheLast12MonthsIsFlagged() throws Exception {
        var c = chain("UG-W", "100");
        // The supplier's other lot, from a site of its own that is red today.
        var otherSite = site(c.inspector(), c.producer(), "UG-W");
        var held = produce(c.inspector(), c.producer(), otherSite, "10");
        assertThat(kinds(supplierFlags(c))).doesNotContain(RedFlagKind.SUPPLIER_RED_FLAG_SOURCING);
        jdbc.update("update mine_site set status = 'RED' where id = ?", otherSite);
        assertThat(supplierFlags(c)).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(RedFlagKind.SUPPLIER_RED_FLAG_SOURCING);
            assertThat(f.link()).isEqualTo("/sites/" + otherSite);
        });
        // Longer ago than 12 months no longer counts.
        jdbc.update("update lot set registered_at = now() - interval '13 months' where id = ?", held);
        assertThat(kinds(supplierFlags(c))).doesNotContain(RedFlagKind.SUPPLIER_RED_FLAG_SOURCING);
    }

    // ---- assessment, decision, sign-off, versions, effect ------------------------------------------------------

    private long start(SignedInUser who, Chain c) throws Exception {
        var url = mvc.perform(post("/risk/assessments").with(user(who)).with(csrf())
                        .param("subjectKind", "SUPPLIER")
                        .param("supplierId", String.valueOf(c.producer().organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/risk/assessments/".length()));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from risk_assessment where id = ?", Long.class, id);
    }

    private int versions(long id) {
        return jdbc.queryForObject("select count(*) from risk_assessment_version where assessment_id = ?",
                Integer.class, id);
    }

    @Test
    void anExporterAssessesASupplierIsRefusedContinueAndASecondPersonSignsOffTheSuspension() throws Exception {
        var c = chain("UG-W", "100");
        var next = produce(c.inspector(), c.producer(), c.siteId(), "5");
        jdbc.update("update mine_site set status = 'RED' where id = ?", c.siteId());
        long id = start(c.exporter(), c);
        assertThat(versions(id)).isEqualTo(1);
        mvc.perform(get("/risk/assessments/" + id).with(user(c.exporter())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/sites/" + c.siteId() + "\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString(message("risk.decision.none", Locale.ENGLISH))));

        // The site is red for a critical criterion: serious abuses HIGH from data. Typing it lower is refused by the
        // field, even with a reason; what was typed stays.
        mvc.perform(post("/risk/assessments/" + id).with(user(c.exporter())).with(csrf()).locale(Locale.FRENCH)
                        .param("version", String.valueOf(version(id))).param("answers[SA1]", "YES")
                        .param("answers[NS1]", "NO").param("levels[SERIOUS_ABUSES]", "LOW")
                        .param("justification", "The monitor was wrong")
                        .param("notes", "Report of the CSO monitor, 2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.level.flagged", Locale.FRENCH,
                        messages.getMessage("risk.annex.SERIOUS_ABUSES", null, Locale.FRENCH),
                        messages.getMessage("risk.level.HIGH", null, Locale.FRENCH)))))
                .andExpect(content().string(containsString("id=\"level-SERIOUS_ABUSES-error\"")))
                .andExpect(content().string(containsString("Report of the CSO monitor, 2026-11-01")));
        assertThat(versions(id)).isEqualTo(1);
        // Raising is free; a computed level counts where none is chosen.
        mvc.perform(post("/risk/assessments/" + id).with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("answers[SA1]", "YES")
                        .param("answers[NS1]", "NO").param("levels[MONEY_LAUNDERING]", "MEDIUM")
                        .param("notes", "Report of the CSO monitor"))
                .andExpect(status().is3xxRedirection());
        var levels = jdbc.queryForObject("select levels from risk_assessment where id = ?", String.class, id);
        assertThat(levels).contains("SERIOUS_ABUSES=HIGH", "MONEY_LAUNDERING=MEDIUM",
                // the red site raises these two to MEDIUM (its inspection found no armed group); nothing raises taxes
                "NON_STATE_ARMED_GROUPS=MEDIUM", "SECURITY_FORCES=MEDIUM", "TAXES_FEES_ROYALTIES=NONE");
        assertThat(versions(id)).isEqualTo(2);
        // A level the red flags raise cannot be lowered with a justification either (it was possible before issue 12).
        mvc.perform(post("/risk/assessments/" + id).with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("answers[SA1]", "YES")
                        .param("levels[SECURITY_FORCES]", "LOW").param("levels[MONEY_LAUNDERING]", "MEDIUM")
                        .param("justification", "Security forces left the route in October"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.level.flagged", Locale.ENGLISH,
                        messages.getMessage("risk.annex.SECURITY_FORCES", null, Locale.ENGLISH),
                        messages.getMessage("risk.level.MEDIUM", null, Locale.ENGLISH)))));
        assertThat(jdbc.queryForObject("select levels from risk_assessment where id = ?", String.class, id))
                .contains("SECURITY_FORCES=MEDIUM", "SERIOUS_ABUSES=HIGH");
        assertThat(versions(id)).isEqualTo(2);

        // Continue (with or without mitigation) is refused while serious abuses are high, by the field.
        for (var decision : List.of("CONTINUE", "CONTINUE_MITIGATING")) {
            mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(c.exporter())).with(csrf())
                            .param("version", String.valueOf(version(id))).param("decision", decision))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(message("risk.decision.refused", Locale.ENGLISH,
                            messages.getMessage("risk.annex.SERIOUS_ABUSES", null, Locale.ENGLISH)))))
                    .andExpect(content().string(containsString("id=\"decision-error\"")));
        }
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("decision", "SUSPEND_MITIGATING"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class, id))
                .isEqualTo("PENDING_SIGN_OFF");

        // Pending: purchases still go through.
        jdbc.update("update mine_site set status = 'GREEN' where id = ?", c.siteId());
        var otherSite = site(c.inspector(), c.producer(), "UG-W");
        var lot = produce(c.inspector(), c.producer(), otherSite, "20");
        sell(c.producer(), c.exporter(), lot, "5").andExpect(status().is3xxRedirection());
        long pendingTransfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?",
                Long.class, lot);

        // The decider cannot sign off their own decision; a colleague can.
        mvc.perform(post("/risk/assessments/" + id + "/sign-off").with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.signoff.second-person", Locale.ENGLISH))));
        var colleague = fixtures.colleague(c.exporter(), Role.EXPORTER);
        mvc.perform(get("/risk/assessments/" + id).with(user(colleague)))
                .andExpect(content().string(containsString("/risk/assessments/" + id + "/sign-off")));
        mvc.perform(post("/risk/assessments/" + id + "/sign-off").with(user(colleague)).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.queryForMap("select decision, decision_status, decided_by, signed_off_by"
                + " from risk_assessment where id = ?", id);
        assertThat(row.get("decision_status")).isEqualTo("EFFECTIVE");
        assertThat(row.get("decided_by")).isEqualTo(c.exporter().getUsername());
        assertThat(row.get("signed_off_by")).isEqualTo(colleague.getUsername());
        assertThat(versions(id)).isEqualTo(4);
        assertThat(jdbc.queryForList("select event from risk_assessment_version where assessment_id = ?"
                + " order by number", String.class, id))
                .containsExactly("STARTED", "SAVED", "DECIDED", "SIGNED_OFF");

        // In effect: a new purchase from the supplier is refused with a message naming the decision, on the sale
        // and on the receipt of a delivery already on the road.
        var refused = message("risk.blocked.SUPPLIER", Locale.ENGLISH,
                messages.getMessage("risk.decision.SUSPEND_MITIGATING", null, Locale.ENGLISH), id);
        sell(c.producer(), c.exporter(), next, "5").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        mvc.perform(post("/transfers/" + pendingTransfer + "/receipt").with(user(c.exporter())).with(csrf())
                        .param("massKg", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        assertThat(jdbc.queryForObject("select status from custody_transfer where id = ?", String.class,
                pendingTransfer)).isEqualTo("SENT");
        // Another buyer is not bound by this organisation's decision.
        var otherBuyer = fixtures.signedIn(Role.EXPORTER);
        sell(c.producer(), otherBuyer, next, "5").andExpect(status().is3xxRedirection());
    }

    @Test
    void inspectorsAndAuditorsReadEveryAssessmentAndOtherOrganisationsDoNot() throws Exception {
        var c = chain("UG-W", "100");
        long id = start(c.exporter(), c);
        for (var reader : List.of(fixtures.signedIn(Role.AUDITOR), fixtures.signedIn(Role.INSPECTOR),
                fixtures.signedIn(Role.ADMIN))) {
            mvc.perform(get("/risk/assessments/" + id).with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/risk/assessments/" + id + "/decision"))));
            mvc.perform(get("/risk/assessments").with(user(reader)))
                    .andExpect(content().string(containsString("/risk/assessments/" + id + "\"")));
        }
        var stranger = fixtures.signedIn(Role.EXPORTER);
        mvc.perform(get("/risk/assessments/" + id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/risk/assessments/" + id).with(user(stranger)).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().isNotFound());
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(fixtures.signedIn(Role.AUDITOR)))
                .with(csrf()).param("decision", "DISENGAGE")).andExpect(status().isForbidden());
        // Without the CSRF token nothing changes.
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(c.exporter()))
                .param("version", String.valueOf(version(id))).param("decision", "DISENGAGE"))
                .andExpect(status().isForbidden());
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void aLowRiskDecisionTakesEffectAtOnceAndContinueLiftsAnEarlierSuspensionOnlyWithASecondPerson() throws Exception {
        var c = chain("UG-W", "100");
        long id = start(c.exporter(), c);
        mvc.perform(post("/risk/assessments/" + id).with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("answers[TX1]", "YES"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("decision", "DISENGAGE"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class, id))
                .isEqualTo("EFFECTIVE");
        var lot = produce(c.inspector(), c.producer(), c.siteId(), "10");
        sell(c.producer(), c.exporter(), lot, "5").andExpect(status().isOk());
        long later = start(c.exporter(), c);
        mvc.perform(post("/risk/assessments/" + later).with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(later))).param("answers[TX1]", "NO"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + later + "/decision").with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(later))).param("decision", "CONTINUE"))
                .andExpect(status().is3xxRedirection());
        // Closed: one person's fresh assessment does not lift the disengagement on its own; it waits for a second
        // person, and the purchase stays refused until then.
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class,
                later)).isEqualTo("PENDING_SIGN_OFF");
        sell(c.producer(), c.exporter(), lot, "5").andExpect(status().isOk());
        // Lawful: a colleague signs it off, and the continue lifts the earlier disengagement.
        var colleague = fixtures.colleague(c.exporter(), Role.EXPORTER);
        mvc.perform(post("/risk/assessments/" + later + "/sign-off").with(user(colleague)).with(csrf())
                        .param("version", String.valueOf(version(later))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class,
                later)).isEqualTo("EFFECTIVE");
        sell(c.producer(), c.exporter(), lot, "5").andExpect(status().is3xxRedirection());
    }

    @Test
    void aMitigationPlanIsAdoptedFollowedAndReviewedAndTheReviewDecides() throws Exception {
        var c = chain("UG-W", "100");
        long id = start(c.exporter(), c);
        mvc.perform(post("/risk/assessments/" + id).with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("answers[TX1]", "YES"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("decision", "CONTINUE_MITIGATING"))
                .andExpect(status().is3xxRedirection());
        var defaultTarget = LocalDate.now(clock).plusMonths(6).toString();
        mvc.perform(get("/risk/assessments/" + id).with(user(c.exporter())))
                .andExpect(content().string(containsString("value=\"" + defaultTarget + "\"")));
        // Required fields, by the field, with what was typed kept.
        mvc.perform(post("/risk/assessments/" + id + "/plan").with(user(c.exporter())).with(csrf())
                        .param("measures", "").param("responsible", "Amina K.").param("indicators", "Receipts")
                        .param("targetDate", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("field.planForm.measures", Locale.ENGLISH))))
                .andExpect(content().string(containsString("value=\"Amina K.\"")));
        mvc.perform(post("/risk/assessments/" + id + "/plan").with(user(c.exporter())).with(csrf())
                        .param("measures", "Royalty receipts for every lot").param("responsible", "Amina K.")
                        .param("indicators", "Share of lots with receipts").param("targetDate", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select target_date from risk_mitigation_plan where assessment_id = ?",
                LocalDate.class, id)).isEqualTo(LocalDate.now(clock).plusMonths(6));
        mvc.perform(post("/risk/assessments/" + id + "/plan/progress").with(user(c.exporter())).with(csrf())
                .param("text", "Half of the lots now carry receipts")).andExpect(status().is3xxRedirection());
        // A failed review must say whether to suspend or disengage.
        mvc.perform(post("/risk/assessments/" + id + "/plan/review").with(user(c.exporter())).with(csrf())
                        .param("outcome", "FAILED").param("afterFailure", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.plan.review.failed-decision",
                        Locale.ENGLISH))));
        mvc.perform(post("/risk/assessments/" + id + "/plan/review").with(user(c.exporter())).with(csrf())
                        .param("outcome", "FAILED").param("afterFailure", "DISENGAGE"))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.queryForMap("select a.decision, a.decision_status, p.outcome from risk_assessment a"
                + " join risk_mitigation_plan p on p.assessment_id = a.id where a.id = ?", id);
        assertThat(row).containsEntry("decision", "DISENGAGE").containsEntry("decision_status", "EFFECTIVE")
                .containsEntry("outcome", "FAILED");
        assertThat(jdbc.queryForList("select u.kind from risk_mitigation_update u join risk_mitigation_plan p"
                + " on p.id = u.plan_id where p.assessment_id = ? order by u.id", String.class, id))
                .containsExactly("PLAN", "PROGRESS", "REVIEW");
        mvc.perform(get("/risk/assessments/" + id).with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Half of the lots now carry receipts")));
    }

    @Test
    void theYearlyReportStatesThePolicyTheRisksTheStepsAndTheVolumesByMineralAndCountry() throws Exception {
        var c = chain("UG-W", "100");
        // 40 kg more from a site of the same supplier in Rwanda; 10 kg received last year do not count.
        var rwanda = site(c.inspector(), c.producer(), "UG-W");
        var rwandaLot = produce(c.inspector(), c.producer(), rwanda, "40");
        jdbc.update("update mine_site set country = 'RW', division = 'RW-02' where id = ?", rwanda);
        buy(c.producer(), c.exporter(), rwandaLot, "40", "40");
        var old = produce(c.inspector(), c.producer(), c.siteId(), "10");
        var oldPurchase = buy(c.producer(), c.exporter(), old, "10", "10");
        var year = LocalDate.now(clock).getYear();
        jdbc.update("update custody_transfer set received_on = ? where received_lot_id = ?",
                LocalDate.of(year - 1, 12, 31), oldPurchase);
        long id = start(c.exporter(), c);
        mvc.perform(post("/risk/assessments/" + id).with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("answers[TX1]", "YES"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("decision", "CONTINUE_MITIGATING"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + id + "/plan").with(user(c.exporter())).with(csrf())
                        .param("measures", "Royalty receipts for every lot").param("responsible", "Amina K.")
                        .param("indicators", "Share of lots with receipts").param("targetDate", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/report/policy").with(user(c.exporter())).with(csrf()).param("policy", " ")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("field.policyForm.policy", Locale.FRENCH))));
        mvc.perform(post("/risk/report/policy").with(user(c.exporter())).with(csrf())
                .param("policy", "We follow Annex II of the OECD Guidance.")).andExpect(status().is3xxRedirection());

        var url = "/risk/report?organisation=" + c.exporter().organisationId() + "&year=" + year;
        for (var reader : List.of(c.exporter(), fixtures.signedIn(Role.AUDITOR))) {
            var html = mvc.perform(get(url).with(user(reader))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("We follow Annex II of the OECD Guidance.")
                    .contains(message("risk.annex.TAXES_FEES_ROYALTIES", Locale.ENGLISH) + ": "
                            + message("risk.level.MEDIUM", Locale.ENGLISH))
                    .contains(message("risk.decision.CONTINUE_MITIGATING", Locale.ENGLISH))
                    .contains("Royalty receipts for every lot")
                    .contains("/css/risk.css");
            // Hand-computed: 100 kg from Uganda and 40 kg from Rwanda this year, the 10 kg of last year left out.
            var volumes = org.jsoup.Jsoup.parse(html).select("tr[data-country]:has(td.volume)").stream()
                    .map(row -> row.attr("data-country") + "=" + row.select("td.volume").text()).toList();
            assertThat(volumes).containsExactly("RW=40", "UG=100");
            // Countries by name in the reader's language (issue 16).
            assertThat(html).contains("<td>Uganda</td>", "<td>Rwanda</td>");
        }
        mvc.perform(get(url).with(user(fixtures.signedIn(Role.EXPORTER)))).andExpect(status().isForbidden());
        mvc.perform(get(url).param("lang", "sw").with(user(c.exporter()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.report.volumes", Locale.forLanguageTag("sw")))));
    }

    @Test
    void aDisengagementFromASiteRefusesItsMineralsFromAnySupplierButNotOtherSites() throws Exception {
        var c = chain("UG-W", "100");
        var url = mvc.perform(post("/risk/assessments").with(user(c.exporter())).with(csrf())
                        .param("subjectKind", "SITE").param("siteId", String.valueOf(c.siteId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring("/risk/assessments/".length()));
        mvc.perform(post("/risk/assessments/" + id).with(user(c.exporter())).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(c.exporter())).with(csrf())
                        .param("version", String.valueOf(version(id))).param("decision", "DISENGAGE"))
                .andExpect(status().is3xxRedirection());
        // A trader bought from the site's producer (the exporter's decision does not bind it) and offers it on.
        var trader = fixtures.signedIn(Role.OPERATOR);
        var fromSite = produce(c.inspector(), c.producer(), c.siteId(), "20");
        var traderLot = buy(c.producer(), trader, fromSite, "20", "20");
        sell(trader, c.exporter(), traderLot, "20").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.blocked.upstream.SITE", Locale.ENGLISH,
                        messages.getMessage("risk.decision.DISENGAGE", null, Locale.ENGLISH), id,
                        jdbc.queryForObject("select name from mine_site where id = ?", String.class,
                                c.siteId())))));
        // The same producer's minerals from another site are still bought.
        var otherSite = site(c.inspector(), c.producer(), "UG-W");
        var other = produce(c.inspector(), c.producer(), otherSite, "20");
        sell(c.producer(), c.exporter(), other, "20").andExpect(status().is3xxRedirection());
        // A stranger cannot assess a site its organisation never sourced from.
        mvc.perform(post("/risk/assessments").with(user(fixtures.signedIn(Role.EXPORTER))).with(csrf())
                        .param("subjectKind", "SITE").param("siteId", String.valueOf(c.siteId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.subject.site.unknown", Locale.ENGLISH))));
    }
}
