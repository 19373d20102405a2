package org.orepass.web.legalhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Confidential legal help (issue 24): who may read and write a case, as a full matrix of roles and organisations
 * over every page of a case (read, document download, message, document upload, assignment, status). Only the
 * requester, the assigned helper and the CSO's supervisors get in; to everyone else, administrators and auditors
 * included, the case answers 404 and leaves nothing; they see only counts. A miner asking through a CSO is named to
 * nobody, and the audit trail keeps no content.
 */
@PlatformTest
class LegalHelpIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private record Cso(long id, String name, SignedInUser supervisor, SignedInUser helper, SignedInUser otherHelper) {
    }

    /** A CSO offering legal help: a supervisor and two helpers, registered by an administrator. */
    private Cso cso() throws Exception {
        var organisation = fixtures.organisation(OrganisationType.CSO);
        var supervisor = fixtures.memberOf(organisation.getId(), Role.CSO_MONITOR);
        var helper = fixtures.memberOf(organisation.getId(), Role.CSO_MONITOR);
        var otherHelper = fixtures.memberOf(organisation.getId(), Role.CSO_MONITOR);
        mvc.perform(post("/admin/legal-help-providers").with(user(fixtures.signedIn(Role.ADMIN))).with(csrf())
                        .param("organisationId", String.valueOf(organisation.getId()))
                        .param("description", "Contracts and disputes").param("supervisors", supervisor.username()))
                .andExpect(status().is3xxRedirection());
        return new Cso(organisation.getId(), organisation.getName(), supervisor, helper, otherHelper);
    }

    private long request(SignedInUser miner, Cso cso, String subject, String message) throws Exception {
        var url = mvc.perform(post("/legal-help/requests").with(user(miner)).with(csrf())
                        .param("providerId", String.valueOf(cso.id())).param("subject", subject)
                        .param("message", message))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/legal-help/".length()));
    }

    private long messages(long caseId) {
        return jdbc.queryForObject("select count(*) from legal_case_message where case_id = ?", Long.class, caseId);
    }

    @Test
    void onlyTheRequesterTheAssignedHelperAndTheSupervisorsReadOrWriteACase() throws Exception {
        var cso = cso();
        var otherCso = cso();
        var miner = fixtures.signedIn(Role.OPERATOR);
        var secret = AccountFixtures.unique("Price cut by the Kadoma buyer");
        long id = request(miner, cso, secret, "They pay 70 % of the gold price. " + secret);
        mvc.perform(post("/legal-help/" + id + "/assignment").with(user(cso.supervisor())).with(csrf())
                .param("helper", cso.helper().username())).andExpect(status().is3xxRedirection());
        var pdf = new MockMultipartFile("file", "contract.pdf", "application/pdf",
                "%PDF-1.4 contract".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/legal-help/" + id + "/documents").file(pdf).with(user(miner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var document = jdbc.queryForObject("select id from legal_case_document where case_id = ?", Long.class, id);

        Map<String, SignedInUser> allowed = new LinkedHashMap<>();
        allowed.put("requester", miner);
        allowed.put("assigned helper", cso.helper());
        allowed.put("supervisor of the CSO", cso.supervisor());
        Map<String, SignedInUser> refused = new LinkedHashMap<>();
        refused.put("another helper of the same CSO", cso.otherHelper());
        refused.put("the requester's colleague (same organisation, same role)", fixtures.colleague(miner, Role.OPERATOR));
        refused.put("the supervisor of another CSO", otherCso.supervisor());
        refused.put("a helper of another CSO", otherCso.helper());
        refused.put("another miner", fixtures.signedIn(Role.OPERATOR));
        refused.put("administrator", fixtures.signedIn(Role.ADMIN));
        refused.put("auditor", fixtures.signedIn(Role.AUDITOR));
        refused.put("inspector", fixtures.signedIn(Role.INSPECTOR));
        refused.put("exporter", fixtures.signedIn(Role.EXPORTER));
        refused.put("CSO monitor of no legal-help CSO", fixtures.signedIn(Role.CSO_MONITOR));
        refused.put("administrator of the requester's organisation",
                fixtures.memberOf(miner.organisationId(), Role.ADMIN));
        refused.put("administrator and auditor of the CSO", fixtures.memberOf(cso.id(), Role.ADMIN, Role.AUDITOR));

        for (var entry : allowed.entrySet()) {
            var who = entry.getValue();
            var page = mvc.perform(get("/legal-help/" + id).with(user(who))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(entry.getKey()).contains(secret);
            assertThat(mvc.perform(get("/legal-help").with(user(who))).andReturn().getResponse()
                    .getContentAsString()).as(entry.getKey()).contains(secret);
            mvc.perform(get("/legal-help/" + id + "/documents/" + document).with(user(who)))
                    .andExpect(status().isOk());
            var before = messages(id);
            mvc.perform(post("/legal-help/" + id + "/messages").with(user(who)).with(csrf())
                    .param("body", "From the " + entry.getKey())).andExpect(status().is3xxRedirection());
            assertThat(messages(id)).as(entry.getKey()).isEqualTo(before + 1);
        }
        var documentsBefore = jdbc.queryForObject("select count(*) from legal_case_document", Long.class);
        for (var entry : refused.entrySet()) {
            var who = entry.getValue();
            mvc.perform(get("/legal-help/" + id).with(user(who))).andExpect(status().isNotFound());
            assertThat(mvc.perform(get("/legal-help").with(user(who))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString()).as(entry.getKey()).doesNotContain(secret);
            mvc.perform(get("/legal-help/" + id + "/documents/" + document).with(user(who)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/legal-help/" + id + "/messages").with(user(who)).with(csrf()).param("body", "x"))
                    .andExpect(status().isNotFound());
            mvc.perform(multipart("/legal-help/" + id + "/documents").file(pdf).with(user(who)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/legal-help/" + id + "/assignment").with(user(who)).with(csrf())
                    .param("helper", cso.otherHelper().username())).andExpect(status().isNotFound());
            mvc.perform(post("/legal-help/" + id + "/status").with(user(who)).with(csrf()).param("status", "CLOSED")
                    .param("outcome", "x")).andExpect(status().isNotFound());
        }
        assertThat(messages(id)).isEqualTo(1 + allowed.size());
        assertThat(jdbc.queryForObject("select count(*) from legal_case_document", Long.class))
                .isEqualTo(documentsBefore);
        assertThat(jdbc.queryForObject("select helper_username from legal_case where id = ?", String.class, id))
                .isEqualTo(cso.helper().username());
        assertThat(jdbc.queryForObject("select status from legal_case where id = ?", String.class, id))
                .isEqualTo("IN_PROGRESS");

        // Inside the case, each does what their part allows: the requester neither assigns nor decides; the
        // helper decides, not assigns.
        mvc.perform(post("/legal-help/" + id + "/assignment").with(user(miner)).with(csrf())
                .param("helper", cso.otherHelper().username())).andExpect(status().isForbidden());
        mvc.perform(post("/legal-help/" + id + "/assignment").with(user(cso.helper())).with(csrf())
                .param("helper", cso.otherHelper().username())).andExpect(status().isForbidden());
        mvc.perform(post("/legal-help/" + id + "/status").with(user(miner)).with(csrf()).param("status", "CLOSED")
                .param("outcome", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/legal-help/" + id + "/status").with(user(cso.helper())).with(csrf())
                .param("status", "CLOSED").param("outcome", "The buyer agreed to 88 %.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from legal_case where id = ?", String.class, id))
                .isEqualTo("CLOSED");
        // A closed case takes no more messages.
        mvc.perform(post("/legal-help/" + id + "/messages").with(user(miner)).with(csrf()).param("body", "late"))
                .andExpect(status().is3xxRedirection());
        assertThat(messages(id)).isEqualTo(1 + allowed.size());
    }

    @Test
    void administratorsAndAuditorsSeeCountsOnlyAndTheAuditTrailKeepsNoContent() throws Exception {
        var cso = cso();
        var miner = fixtures.signedIn(Role.OPERATOR);
        var secret = AccountFixtures.unique("Unpaid for ninety days");
        long id = request(miner, cso, secret, "Body " + secret);
        mvc.perform(post("/legal-help/" + id + "/status").with(user(cso.supervisor())).with(csrf())
                .param("status", "CLOSED").param("outcome", "Outcome " + secret)).andExpect(status().is3xxRedirection());
        for (var who : new SignedInUser[] {fixtures.signedIn(Role.ADMIN), fixtures.signedIn(Role.AUDITOR)}) {
            var page = Jsoup.parse(mvc.perform(get("/legal-help").with(user(who)).locale(Locale.ENGLISH))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            var row = page.select("#counts tr").stream().filter(tr -> tr.text().startsWith(cso.name())).findFirst();
            assertThat(row).isPresent();
            assertThat(row.get().select("td").eachText()).containsExactly(cso.name(), "0", "0", "1");
            assertThat(page.text()).doesNotContain(secret).doesNotContain(miner.username());
        }
        var others = fixtures.signedIn(Role.OPERATOR);
        assertThat(mvc.perform(get("/legal-help").with(user(others))).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"counts\"");
        // The audit trail says a case, a message and a status change exist; never what they say or who asked.
        var entries = jdbc.queryForList("select entity_type, actor, changes::text as changes from audit_entry where "
                + "entity_type in ('LegalCase', 'CaseMessage') and entity_id in (?, (select max(id)::text from "
                + "legal_case_message where case_id = ?))", String.valueOf(id), id);
        assertThat(entries).extracting(e -> e.get("entity_type")).contains("LegalCase", "CaseMessage");
        assertThat(entries).allSatisfy(e -> assertThat((String) e.get("changes")).doesNotContain(secret)
                .doesNotContain(miner.username()));
        // Nor who did what: the entries of a case name nobody (ActorWithheld).
        assertThat(entries).extracting(e -> e.get("actor")).containsOnly("confidential");
        var audit = mvc.perform(get("/audit").with(user(fixtures.signedIn(Role.ADMIN)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(audit).doesNotContain(secret);
    }

    @Test
    void aMinerAsksThroughTheCsoWithoutGivingTheirName() throws Exception {
        var cso = cso();
        var secret = AccountFixtures.unique("Buyer keeps the scale hidden");
        var url = mvc.perform(post("/legal-help/for-miner").with(user(cso.helper())).with(csrf())
                        .param("subject", secret).param("message", "A miner from Shurugwi asked in person."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring("/legal-help/".length()));
        assertThat(jdbc.queryForMap("select requester_username, requester_organisation_id, via_cso from legal_case "
                + "where id = ?", id)).containsEntry("requester_username", null)
                .containsEntry("requester_organisation_id", null).containsEntry("via_cso", true);
        for (var reader : new SignedInUser[] {cso.helper(), cso.supervisor()}) {
            var page = Jsoup.parse(mvc.perform(get("/legal-help/" + id).with(user(reader)).locale(Locale.ENGLISH))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("#requester").text()).isEqualTo("A miner via " + cso.name());
        }
        mvc.perform(get("/legal-help/" + id).with(user(cso.otherHelper()))).andExpect(status().isNotFound());
        mvc.perform(get("/legal-help/" + id).with(user(fixtures.signedIn(Role.ADMIN))))
                .andExpect(status().isNotFound());
        // Only a helper of a CSO offering legal help files for a miner; a miner asks for themselves.
        mvc.perform(post("/legal-help/for-miner").with(user(fixtures.signedIn(Role.CSO_MONITOR))).with(csrf())
                .param("subject", "s").param("message", "m")).andExpect(status().isForbidden());
        mvc.perform(post("/legal-help/requests").with(user(fixtures.signedIn(Role.AUDITOR))).with(csrf())
                .param("providerId", String.valueOf(cso.id())).param("subject", "s").param("message", "m"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRequestWithoutSubjectOrMessageIsRefusedByItsFieldInTheReadersLanguage() throws Exception {
        var cso = cso();
        var miner = fixtures.signedIn(Role.OPERATOR);
        var before = jdbc.queryForObject("select count(*) from legal_case", Long.class);
        var page = Jsoup.parse(mvc.perform(post("/legal-help/requests").with(user(miner)).with(csrf())
                        .locale(Locale.forLanguageTag("es")).param("providerId", String.valueOf(cso.id()))
                        .param("subject", "  ").param("message", "Texto que se queda"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#subject-error").text()).contains("Diga en pocas palabras de qué se trata.");
        assertThat(page.select("#message").text()).isEqualTo("Texto que se queda");
        assertThat(jdbc.queryForObject("select count(*) from legal_case", Long.class)).isEqualTo(before);
        // Registering a provider: only administrators, only a CSO, only its own CSO monitors as supervisors.
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(post("/admin/legal-help-providers").with(user(miner)).with(csrf())
                .param("organisationId", String.valueOf(cso.id())).param("supervisors", miner.username()))
                .andExpect(status().isForbidden());
        var refused = Jsoup.parse(mvc.perform(post("/admin/legal-help-providers").with(user(admin)).with(csrf())
                        .locale(Locale.ENGLISH).param("organisationId", String.valueOf(miner.organisationId()))
                        .param("supervisors", miner.username()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#organisationId-error").text()).contains("civil society organisation");
    }
}
