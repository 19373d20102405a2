package org.orepass.web.risk;

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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.organisation.Organisations;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 12, "risk decisions follow the verified facts", through the pages: each way around a decision is shown
 * closed first (a typed lower level, a self-signed lowering, a stale form, a level raised by a red site, a
 * "continue" taken before an incident was verified), then the lawful path is shown to work.
 */
@PlatformTest
class RiskLevelRulesIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

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

    private RiskFixtures risk() {
        return new RiskFixtures(mvc, fixtures, jdbc);
    }

    private String message(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, locale), "UTF-8");
    }

    private String name(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private long version(long id) {
        return risk().assessmentVersion(id);
    }

    private ResultActions save(SignedInUser who, long id, Locale locale, String... params) throws Exception {
        var request = post("/risk/assessments/" + id).with(user(who)).with(csrf()).locale(locale)
                .param("version", String.valueOf(version(id)));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private ResultActions signOffLowering(SignedInUser who, long id, long version) throws Exception {
        return mvc.perform(post("/risk/assessments/" + id + "/lowering-sign-off").with(user(who)).with(csrf())
                .param("version", String.valueOf(version)));
    }

    private java.util.Map<String, Object> row(long id) {
        return jdbc.queryForMap("select levels, lowered_from, lowered_by, lowering_signed_off_by, decision,"
                + " decision_status from risk_assessment where id = ?", id);
    }

    /** Another user of the same organisation. */
    private SignedInUser colleague(SignedInUser of, Role role) {
        return transaction.execute(status -> {
            var organisation = organisations.findById(of.organisationId()).orElseThrow();
            var username = AccountFixtures.unique("colleague").toLowerCase(Locale.ROOT);
            var details = new UserDetails(username, "Test " + username, null, organisation.getId(), Set.of(role),
                    null, Set.of(), null);
            return SignedInUser.of(accounts.add(UserAccount.open(details, organisation,
                    hasher.hash(AccountFixtures.PASSWORD), false, clock.instant())), false).withoutPassword();
        });
    }

    @Test
    void aLevelFromTheAnswersIsLoweredOnlyWithReasonEvidenceAndASecondPersonsSignOff() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        r.buy(p, r.produce(p, Mineral.CASSITERITE, "50", LocalDate.now(clock)), "50", "", "", "");
        long id = r.assessSupplier(p.exporter(), p.producer().organisationId());
        // The assessor answers that serious abuses were reported: HIGH from the answers, so "continue" is refused.
        save(p.exporter(), id, Locale.ENGLISH, "answers[SA1]", "YES").andExpect(status().is3xxRedirection());
        r.decide(p.exporter(), id, "CONTINUE").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.decision.refused", Locale.ENGLISH,
                        name("risk.annex.SERIOUS_ABUSES", Locale.ENGLISH)))));
        var versions = jdbc.queryForObject("select count(*) from risk_assessment_version where assessment_id = ?",
                Integer.class, id);

        // Closed: a lower level with a reason but no evidence for that risk, refused by the level's field in French.
        save(p.exporter(), id, Locale.FRENCH, "answers[SA1]", "YES", "levels[SERIOUS_ABUSES]", "NONE",
                "justification", "The CSO withdrew its report")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.lowering.evidence", Locale.FRENCH,
                        name("risk.annex.SERIOUS_ABUSES", Locale.FRENCH)))))
                .andExpect(content().string(containsString("id=\"level-SERIOUS_ABUSES-error\"")))
                .andExpect(content().string(containsString("The CSO withdrew its report")));
        // Closed: re-answering "no" is a lowering too (without a reason it is refused).
        save(p.exporter(), id, Locale.ENGLISH, "answers[SA1]", "NO").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.justification.required", Locale.ENGLISH,
                        name("risk.annex.SERIOUS_ABUSES", Locale.ENGLISH)))));
        assertThat(row(id).get("levels").toString()).contains("SERIOUS_ABUSES=HIGH");

        // With evidence for the risk, the lowering is saved but waits for a second person: HIGH still counts.
        mvc.perform(multipart("/risk/assessments/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "withdrawal.pdf", "application/pdf", PDF))
                        .param("risk", "SERIOUS_ABUSES").with(user(p.exporter())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        save(p.exporter(), id, Locale.ENGLISH, "answers[SA1]", "YES", "levels[SERIOUS_ABUSES]", "NONE",
                "justification", "The CSO withdrew its report").andExpect(status().is3xxRedirection());
        var saved = row(id);
        assertThat(saved.get("levels").toString()).contains("SERIOUS_ABUSES=NONE");
        assertThat(saved.get("lowered_from")).isEqualTo("SERIOUS_ABUSES=HIGH");
        assertThat(saved.get("lowered_by")).isEqualTo(p.exporter().getUsername());
        assertThat(saved.get("lowering_signed_off_by")).isNull();
        mvc.perform(get("/risk/assessments/" + id).with(user(p.exporter())))
                .andExpect(content().string(containsString(message("risk.levels.lowering.pending", Locale.ENGLISH,
                        p.exporter().getUsername(), name("risk.level.HIGH", Locale.ENGLISH)))))
                .andExpect(content().string(not(containsString("/lowering-sign-off"))));
        // Closed: the typed lower level is ignored for the decision until it is signed off.
        r.decide(p.exporter(), id, "CONTINUE").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.decision.refused", Locale.ENGLISH,
                        name("risk.annex.SERIOUS_ABUSES", Locale.ENGLISH)))));
        // Closed: the one who lowered it cannot sign it off, by the form or by a hand-made request.
        signOffLowering(p.exporter(), id, version(id)).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.lowering.second-person", Locale.ENGLISH))));
        // Closed: a colleague's page opened before a change is stale.
        var colleague = colleague(p.exporter(), Role.EXPORTER);
        signOffLowering(colleague, id, version(id) - 1).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("edit.stale", Locale.ENGLISH))));
        // Closed: an auditor reads but does not sign off; a stranger does not see the assessment.
        signOffLowering(fixtures.signedIn(Role.AUDITOR), id, version(id)).andExpect(status().isForbidden());
        signOffLowering(fixtures.signedIn(Role.EXPORTER), id, version(id)).andExpect(status().isNotFound());
        assertThat(row(id).get("lowering_signed_off_by")).isNull();

        // Lawful: a colleague signs the lowering off; the lower level counts, and "continue" is taken at once.
        mvc.perform(get("/risk/assessments/" + id).with(user(colleague)))
                .andExpect(content().string(containsString("/risk/assessments/" + id + "/lowering-sign-off")))
                .andExpect(content().string(containsString("The CSO withdrew its report")));
        signOffLowering(colleague, id, version(id)).andExpect(status().is3xxRedirection());
        assertThat(row(id).get("lowering_signed_off_by")).isEqualTo(colleague.getUsername());
        signOffLowering(colleague, id, version(id)).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.lowering.nothing", Locale.ENGLISH))));
        r.decide(p.exporter(), id, "CONTINUE").andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("decision", "CONTINUE").containsEntry("decision_status", "EFFECTIVE");
        assertThat(jdbc.queryForList("select event from risk_assessment_version where assessment_id = ?"
                + " and number > ? order by number", String.class, id, versions))
                .containsExactly("SAVED", "LOWERING_SIGNED_OFF", "DECIDED");
        mvc.perform(get("/risk/assessments/" + id).with(user(p.exporter())))
                .andExpect(content().string(containsString(message("risk.levels.lowering.signed", Locale.ENGLISH,
                        p.exporter().getUsername(), colleague.getUsername()))));

        // Two requests sent from the same page: the second is refused as stale, the first stands.
        var opened = version(id);
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(p.exporter())).with(csrf())
                .param("version", String.valueOf(opened)).param("decision", "SUSPEND_MITIGATING"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + id + "/decision").with(user(colleague)).with(csrf())
                        .param("version", String.valueOf(opened)).param("decision", "CONTINUE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("edit.stale", Locale.ENGLISH))));
        assertThat(row(id)).containsEntry("decision", "SUSPEND_MITIGATING");

        // The yearly report tells it: computed HIGH next to the lowered level, who lowered and who signed it off,
        // and the decision in force.
        var report = org.jsoup.Jsoup.parse(report(p.exporter()));
        assertThat(report.getElementById("line-" + id + "-SERIOUS_ABUSES").text()).isEqualTo(
                messages.getMessage("risk.report.line.computed", new Object[] {name("risk.annex.SERIOUS_ABUSES",
                        Locale.ENGLISH), name("risk.level.HIGH", Locale.ENGLISH)}, Locale.ENGLISH) + " "
                + messages.getMessage("risk.report.line.lowered", new Object[] {name("risk.level.NONE",
                        Locale.ENGLISH), p.exporter().getUsername(), colleague.getUsername()}, Locale.ENGLISH).strip());
        assertThat(report.getElementById("state-" + id).text())
                .isEqualTo(name("risk.report.state.IN_FORCE", Locale.ENGLISH));
    }

    private String report(SignedInUser who) throws Exception {
        return mvc.perform(get("/risk/report").with(user(who)).locale(Locale.ENGLISH)
                        .param("year", String.valueOf(LocalDate.now(clock).getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void continueIsRefusedWhileAnOriginSiteIsRedForACriticalCriterionAndAllowedOnceItIsGreenAgain()
            throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        r.buy(p, r.produce(p, Mineral.CASSITERITE, "30", LocalDate.now(clock)), "30", "", "", "");
        // An inspection found armed groups at the site: red for a critical criterion.
        jdbc.update("update mine_site set status = 'RED', status_reason = 'INSPECTION', status_since = ?"
                + " where id = ?", LocalDate.now(clock), p.siteId());
        long id = r.assessSupplier(p.exporter(), p.producer().organisationId());
        assertThat(row(id).get("levels").toString()).contains("SERIOUS_ABUSES=HIGH");
        mvc.perform(get("/risk/assessments/" + id).with(user(p.exporter())))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(messages.getMessage(
                        "redflag.RED_SITE.CRITICAL_CRITERION", new Object[] {""}, Locale.ENGLISH)
                        .replace(": ", ""), "UTF-8"))));
        for (var decision : new String[] {"CONTINUE", "CONTINUE_MITIGATING"}) {
            r.decide(p.exporter(), id, decision).andExpect(status().isOk())
                    .andExpect(content().string(containsString(message("risk.decision.refused", Locale.ENGLISH,
                            name("risk.annex.SERIOUS_ABUSES", Locale.ENGLISH)))));
        }
        // Closed: typing a lower level, with a reason and evidence, does not lower a level the red site raises.
        mvc.perform(multipart("/risk/assessments/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "visit.pdf", "application/pdf", PDF))
                        .param("risk", "SERIOUS_ABUSES").with(user(p.exporter())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        save(p.exporter(), id, Locale.ENGLISH, "levels[SERIOUS_ABUSES]", "LOW", "justification", "We trust them")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.level.flagged", Locale.ENGLISH,
                        name("risk.annex.SERIOUS_ABUSES", Locale.ENGLISH), name("risk.level.HIGH", Locale.ENGLISH)))));
        assertThat(row(id).get("decision")).isNull();

        // A red that time gave (a yellow past its deadline) is MEDIUM, not HIGH: continuing while mitigating is
        // possible once the assessment is saved again with the new facts.
        jdbc.update("update mine_site set status = 'YELLOW', status_reason = 'INSPECTION', status_since = ?,"
                + " correction_deadline = ? where id = ?", LocalDate.now(clock).minusMonths(4),
                LocalDate.now(clock).minusDays(1), p.siteId());
        save(p.exporter(), id, Locale.ENGLISH).andExpect(status().is3xxRedirection());
        assertThat(row(id).get("levels").toString()).contains("SERIOUS_ABUSES=MEDIUM");
        r.decide(p.exporter(), id, "CONTINUE_MITIGATING").andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("decision", "CONTINUE_MITIGATING").containsEntry("decision_status",
                "EFFECTIVE");
    }

    @Test
    void anArmedPresenceRecordedWithoutItsBoxTickedRaisesArmedGroupsToHighAsTheTickedBoxWould() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        r.buy(p, r.produce(p, Mineral.CASSITERITE, "30", LocalDate.now(clock)), "30", "", "", "");
        // The inspector saw armed men at the site but ticked no criterion: the facts make it red for the armed-group
        // criterion (site.InspectionFacts), and risk reads the same facts, not only the check box.
        mvc.perform(post("/sites/" + p.siteId() + "/inspections").with(user(p.inspector())).with(csrf())
                        .param("inspectedOn", LocalDate.now(clock).toString()).param("purpose", "Routine RCM visit")
                        .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("workersMen", "30")
                        .param("armedPresence", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from mine_site where id = ?", String.class, p.siteId()))
                .isEqualTo("RED");
        long id = r.assessSupplier(p.exporter(), p.producer().organisationId());
        assertThat(row(id).get("levels").toString()).contains("SERIOUS_ABUSES=HIGH", "ARMED_GROUPS=HIGH");
        r.decide(p.exporter(), id, "CONTINUE").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.decision.refused", Locale.ENGLISH,
                        name("risk.annex.SERIOUS_ABUSES", Locale.ENGLISH)))));
        assertThat(row(id).get("decision")).isNull();
    }

    @Test
    void aContinueTakenBeforeALevel1IncidentWasVerifiedNoLongerAllowsPurchasesUntilTheFactsChange()
            throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        r.buy(p, r.produce(p, Mineral.CASSITERITE, "40", LocalDate.now(clock)), "40", "", "", "");
        long id = r.assessSupplier(p.exporter(), p.producer().organisationId());
        r.decide(p.exporter(), id, "CONTINUE").andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("decision_status", "EFFECTIVE");
        long before = r.produce(p, Mineral.CASSITERITE, "10", LocalDate.now(clock));
        r.buy(p, before, "10", "", "", "");

        // An armed group's levy on the supplier, verified at level 1: armed groups HIGH on today's levels.
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        long incident = incident(monitor, p.inspector(), p.producer().organisationId());
        mvc.perform(get("/risk/assessments/" + id).with(user(p.exporter())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decision-lapsed\"")))
                .andExpect(content().string(containsString(message("risk.decision.lapsed.page", Locale.ENGLISH,
                        name("risk.decision.CONTINUE", Locale.ENGLISH),
                        name("risk.annex.NON_STATE_ARMED_GROUPS", Locale.ENGLISH)))));
        // Closed: the old "continue" does not let the next purchase through, on the sale or on the receipt.
        long after = r.produce(p, Mineral.CASSITERITE, "10", LocalDate.now(clock));
        var refused = message("risk.blocked.lapsed.SUPPLIER", Locale.ENGLISH,
                name("risk.decision.CONTINUE", Locale.ENGLISH), id);
        r.sell(p.producer(), p.exporter(), after, "10", "", "", "").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        // The yearly report names the incident and says the decision is no longer in force.
        var report = org.jsoup.Jsoup.parse(report(p.exporter()));
        assertThat(report.getElementById("state-" + id).text()).isEqualTo(messages.getMessage(
                "risk.report.state.LAPSED", new Object[] {name("risk.annex.NON_STATE_ARMED_GROUPS", Locale.ENGLISH)},
                Locale.ENGLISH));
        assertThat(report.select("a[href=/incidents/" + incident + "]")).isNotEmpty();
        // Closed: a new "continue" is refused while the incident stands.
        long second = r.assessSupplier(p.exporter(), p.producer().organisationId());
        r.decide(p.exporter(), second, "CONTINUE").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.decision.refused", Locale.ENGLISH,
                        name("risk.annex.NON_STATE_ARMED_GROUPS", Locale.ENGLISH)))));

        // Lawful: the incident is followed up and resolved; the same decision holds again and the purchase goes.
        move(monitor, incident, "FOLLOW_UP");
        move(monitor, incident, "RESOLVED");
        mvc.perform(get("/risk/assessments/" + id).with(user(p.exporter())))
                .andExpect(content().string(not(containsString("id=\"decision-lapsed\""))));
        r.sell(p.producer(), p.exporter(), after, "10", "", "", "").andExpect(status().is3xxRedirection());
    }

    @Test
    void anExportOnALapsedContinueIsRefusedAndGoesOnceTheIncidentIsResolved() throws Exception {
        var r = risk();
        var p = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        jdbc.update("update organisation set contact_name = 'Amina Nakato', contact_email = 'exports@comptoir.ug',"
                + " contact_phone = '+256 772 123456' where id = ?", p.exporter().organisationId());
        long bought = r.buy(p, r.produce(p, Mineral.CASSITERITE, "250", LocalDate.now(clock)), "250", "", "", "");
        long shipment = r.draftExport(p.exporter(), bought, LocalDate.now(clock));
        long id = r.assessSupplier(p.exporter(), p.producer().organisationId());
        r.decide(p.exporter(), id, "CONTINUE").andExpect(status().is3xxRedirection());
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        long incident = incident(monitor, p.inspector(), p.producer().organisationId());
        // Closed: the "continue" taken before the incident no longer lets the export through.
        mvc.perform(post("/exports/" + shipment + "/submission").with(user(p.exporter())).with(csrf())
                        .param("version", String.valueOf(r.shipmentVersion(shipment))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.blocked.lapsed.export.SUPPLIER",
                        Locale.ENGLISH, name("risk.decision.CONTINUE", Locale.ENGLISH), id))));
        assertThat(jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipment))
                .isEqualTo("DRAFT");
        // Lawful: once the incident is resolved the decision holds again and the shipment is submitted.
        move(monitor, incident, "FOLLOW_UP");
        move(monitor, incident, "RESOLVED");
        mvc.perform(post("/exports/" + shipment + "/submission").with(user(p.exporter())).with(csrf())
                        .param("version", String.valueOf(r.shipmentVersion(shipment))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipment))
                .isNotEqualTo("DRAFT");
    }

    /** An armed-group incident reported by the monitor, linked to the organisation, verified at level 1. */
    private long incident(SignedInUser monitor, SignedInUser inspector, long organisationId) throws Exception {
        long category = jdbc.queryForObject("select id from incident_category where code = 'ARMED_CONTROL'",
                Long.class);
        var location = mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .param("categoryId", String.valueOf(category)).param("severity", "1")
                        .param("occurredOn", LocalDate.now(clock).minusDays(2).toString())
                        .param("description", "Armed men levy a toll on the supplier's ore").param("affectedMen", "3")
                        .param("country", "UG").param("division", "UG-N")
                        .param("organisationIds", String.valueOf(organisationId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/incidents/".length()));
        move(inspector, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        return id;
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from incident where id = ?", Long.class, id)))
                        .param("reason", "checked"))
                .andExpect(status().is3xxRedirection());
    }
}
