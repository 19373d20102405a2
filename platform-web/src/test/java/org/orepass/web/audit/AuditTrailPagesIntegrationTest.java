package org.orepass.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail reads like the rest of the platform (issue 16): after an administrator changes a smelter's
 * profile, the organisation's history and /audit show, in French, the fields' French labels, the audit status's
 * French label, "Oui" for true, dates as the pages write them and the record type's name; never a Java property
 * name, an enum constant or "true". The auditor reads /audit.
 */
@PlatformTest
class AuditTrailPagesIntegrationTest {

    /** Smelter ids are unique across organisations: each test takes its own (below 600000 are another test's). */
    private static final AtomicInteger NEXT_CID = new AtomicInteger((int) (System.nanoTime() % 300_000) + 600_000);
    private static final Cookie FRENCH = new Cookie("ORE_PASS_LANG", "fr");
    /** What the recorder writes and no reader should see. */
    private static final List<String> JAVA_WORDS = List.of("smelterAuditStatus", "smelterAuditDate", "smelterId",
            "CONFORMANT", "SMELTER", "true", "false", "2026-05-04");

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired OrganisationAdministration organisations;
    @Autowired JdbcTemplate jdbc;

    private Organisation smelterWithProfile(SignedInUser admin) throws Exception {
        var smelter = organisations.register(new OrganisationDetails(AccountFixtures.unique("Malaysia Smelting"),
                OrganisationType.SMELTER, "MY", null, null, null, null, null, null));
        var version = jdbc.queryForObject("select version from organisation where id = ?", Long.class,
                smelter.getId());
        mvc.perform(post("/admin/organisations/" + smelter.getId() + "/smelter").with(user(admin)).with(csrf())
                        .param("version", String.valueOf(version))
                        .param("smelterId", String.format("CID%06d", NEXT_CID.incrementAndGet()))
                        .param("auditStatus", "CONFORMANT").param("auditDate", "2026-05-04")
                        .param("auditSource", "RMI list").param("street", "Jalan Pantai")
                        .param("city", "Butterworth").param("stateProvince", "Penang"))
                .andExpect(status().is3xxRedirection());
        return smelter;
    }

    @Test
    void theOrganisationsHistoryShowsFrenchLabelsAndReadableValues() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var smelter = smelterWithProfile(admin);
        var page = mvc.perform(get("/admin/organisations/" + smelter.getId()).with(user(admin)).cookie(FRENCH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var history = Jsoup.parse(page).selectFirst("section.history");
        assertThat(history).isNotNull();
        var text = history.text();
        assertThat(text).contains("Statut d’audit", "Conforme", "Date d’audit", "4 mai 2026",
                "Type d’organisation", "Fonderie", "Actif", "Oui", "Pays", "Malaisie");
        assertThat(history.select("th[scope=row]").eachText())
                .contains("Statut d’audit", "Identifiant de fonderie (RMI)");
        JAVA_WORDS.forEach(word -> assertThat(text).as("history shows %s", word).doesNotContain(word));
    }

    @Test
    void theAuditorReadsTheAuditTrailInFrenchWithoutJavaNames() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var smelter = smelterWithProfile(admin);
        var auditor = fixtures.signedIn(Role.AUDITOR);
        var page = mvc.perform(get("/audit").with(user(auditor)).cookie(FRENCH)
                        .param("entityType", "Organisation").param("entityId", String.valueOf(smelter.getId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var document = Jsoup.parse(page);
        var rows = document.select("main table tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        var text = rows.text();
        assertThat(text).contains("Organisation " + smelter.getId(), "Statut d’audit : — → Conforme",
                "Date d’audit : — → 4 mai 2026", "Type d’organisation : — → Fonderie");
        JAVA_WORDS.forEach(word -> assertThat(text).as("/audit shows %s", word).doesNotContain(word));
        assertThat(document.select("#entityType option").eachText()).contains("Organisation", "Utilisateur")
                .doesNotContain("UserAccount");
        // The menu leads the auditor there.
        assertThat(document.select("a[href=/audit]")).isNotEmpty();
    }

    @Test
    void theRecordTypesAreListedInTheOrderOfTheirNamesInTheReadersLanguage() throws Exception {
        // A mine site's entry, so that the class names' order (MineSite, Organisation, UserAccount) is not the
        // names' ("Organisation", "Site minier", "Utilisateur"); entity id 0 is no record's.
        jdbc.update("""
                insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes)
                values (now(), 'system', 'MineSite', '0', 'UPDATE', '{}'::jsonb)""");
        fixtures.user(Role.OPERATOR);
        var page = mvc.perform(get("/audit").with(user(fixtures.signedIn(Role.AUDITOR))).cookie(FRENCH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var types = Jsoup.parse(page).select("#entityType option").eachText();
        var named = types.subList(1, types.size()); // after "Tous"
        assertThat(named).contains("Organisation", "Site minier", "Utilisateur")
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.FRENCH));
    }

    @Test
    void aUsersHistoryShowsRolesByTheirNamesAndThePasswordHidden() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var account = fixtures.user(Role.OPERATOR, Role.EXPORTER);
        var page = mvc.perform(get("/admin/users/" + account.getId()).with(user(admin)).cookie(FRENCH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var text = Jsoup.parse(page).selectFirst("section.history").text();
        assertThat(text).contains("Rôles", "Exportateur, Opérateur", "Mot de passe", "(masqué)",
                "Doit changer le mot de passe", "Non");
        assertThat(text).doesNotContain("passwordHash", "OPERATOR", "EXPORTER", "[redacted]", "false");
    }
}
