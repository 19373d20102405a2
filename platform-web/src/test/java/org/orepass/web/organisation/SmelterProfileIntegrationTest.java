package org.orepass.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.audit.AuditTrail;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.SmelterAuditStatus;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Smelters and refiners (issue 18): the administrator records a smelter's RMI id (CID, format checked, one per
 * organisation), its audit status with date and source, and its CMRT address on the organisation page; bad input
 * is shown next to the field in the user's language with what was typed kept; nobody else may change them.
 */
@PlatformTest
class SmelterProfileIntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000) + 100_000);

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired OrganisationAdministration organisations;
    @Autowired AuditTrail auditTrail;
    @Autowired JdbcTemplate jdbc;
    SignedInUser admin;

    @BeforeEach
    void signIn() {
        admin = fixtures.signedIn(Role.ADMIN);
    }

    private Organisation smelter() {
        return organisations.register(new OrganisationDetails(AccountFixtures.unique("Thaisarco"),
                OrganisationType.SMELTER, "TH", null, null, null, null, null, null));
    }

    private static String cid() {
        return String.format("CID%06d", NEXT.incrementAndGet());
    }

    private long version(Organisation organisation) {
        return jdbc.queryForObject("select version from organisation where id = ?", Long.class, organisation.getId());
    }

    private ResultActions profile(SignedInUser who, Organisation organisation, String cid, String status,
            String date) throws Exception {
        return mvc.perform(post("/admin/organisations/" + organisation.getId() + "/smelter").with(user(who))
                .with(csrf()).param("version", String.valueOf(version(organisation)))
                .param("smelterId", cid).param("auditStatus", status).param("auditDate", date)
                .param("auditSource", "RMI conformant smelters list").param("street", "Sakdidej Road")
                .param("city", "Phuket").param("stateProvince", "Phuket"));
    }

    @Test
    void theAdministratorRecordsTheSmeltersIdStatusAndAddressAndItIsAudited() throws Exception {
        var smelter = smelter();
        var cid = cid();
        mvc.perform(get("/admin/organisations/" + smelter.getId()).with(user(admin)))
                .andExpect(content().string(containsString("Smelter or refiner details")));
        profile(admin, smelter, " " + cid.toLowerCase() + " ", "CONFORMANT", "2026-05-04")
                .andExpect(redirectedUrl("/admin/organisations/" + smelter.getId()));
        var saved = organisations.get(smelter.getId());
        assertThat(saved.getSmelterId().value()).isEqualTo(cid);
        assertThat(saved.getSmelterAuditStatus()).isEqualTo(SmelterAuditStatus.CONFORMANT);
        assertThat(saved.getSmelterAuditDate()).hasToString("2026-05-04");
        assertThat(saved.getCity()).isEqualTo("Phuket");
        assertThat(auditTrail.historyOf("Organisation", String.valueOf(smelter.getId())))
                .anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo(admin.username());
                    assertThat(entry.changes()).anySatisfy(change -> {
                        assertThat(change.field()).isEqualTo("smelterId");
                        assertThat(change.newValue()).isEqualTo(cid);
                    });
                });
        mvc.perform(get("/admin/organisations/" + smelter.getId()).with(user(admin)))
                .andExpect(content().string(containsString("value=\"" + cid + "\"")));
    }

    @Test
    void badInputIsShownNextToTheFieldInTheUsersLanguageWithWhatWasTypedKept() throws Exception {
        var smelter = smelter();
        var expected = Map.of("en", "Enter the id as CID and six digits", "fr", "CID et six chiffres",
                "es", "CID y seis cifras", "sw", "CID na tarakimu sita");
        for (var language : expected.entrySet()) {
            mvc.perform(post("/admin/organisations/" + smelter.getId() + "/smelter").with(user(admin)).with(csrf())
                            .cookie(new Cookie("ORE_PASS_LANG", language.getKey()))
                            .param("version", String.valueOf(version(smelter))).param("smelterId", "CID12x")
                            .param("auditStatus", "ACTIVE").param("auditDate", "").param("city", "Phuket"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"smelterId-error\"")))
                    .andExpect(content().string(containsString("id=\"auditDate-error\"")))
                    .andExpect(content().string(containsString("value=\"CID12x\"")))
                    .andExpect(content().string(containsString(language.getValue())));
        }
        // A date in the future is no audit status yet.
        profile(admin, smelter, cid(), "CONFORMANT", "2099-01-01").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"auditDate-error\"")));
        assertThat(organisations.get(smelter.getId()).getSmelterId()).isNull();
    }

    @Test
    void oneIdBelongsToOneSmelterOnlySmeltersCarryOneAndOnlyAdministratorsSetIt() throws Exception {
        var first = smelter();
        var second = smelter();
        var cid = cid();
        profile(admin, first, cid, "ACTIVE", "2026-01-10").andExpect(status().is3xxRedirection());
        profile(admin, second, cid, "ACTIVE", "2026-01-10").andExpect(status().isOk())
                .andExpect(content().string(containsString("Another organisation already has this smelter id")));
        assertThat(organisations.get(second.getId()).getSmelterId()).isNull();

        var trader = organisations.register(new OrganisationDetails(AccountFixtures.unique("Trader"),
                OrganisationType.TRADER, "UG", null, null, null, null, null, null));
        mvc.perform(get("/admin/organisations/" + trader.getId()).with(user(admin)))
                .andExpect(content().string(not(containsString("Smelter or refiner details"))));
        profile(admin, trader, cid(), "ACTIVE", "2026-01-10").andExpect(status().isOk());
        assertThat(organisations.get(trader.getId()).getSmelterId()).isNull();

        var exporter = fixtures.signedIn(Role.EXPORTER);
        profile(exporter, second, cid(), "ACTIVE", "2026-01-10").andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations/" + second.getId() + "/smelter").with(user(admin))
                .param("version", String.valueOf(version(second))).param("smelterId", cid())
                .param("auditStatus", "ACTIVE").param("auditDate", "2026-01-10")).andExpect(status().isForbidden());
        assertThat(organisations.get(second.getId()).getSmelterId()).isNull();
    }
}
