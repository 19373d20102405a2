package org.orepass.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccounts;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.shared.PageQuery;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo mode creates one organisation per type and the six demo accounts with password and token, once. */
@PlatformTest
class DemoDataIntegrationTest {

    @Autowired OrganisationAdministration organisationAdministration;
    @Autowired Organisations organisations;
    @Autowired UserAccounts accounts;
    @Autowired PasswordHasher hasher;
    @Autowired TokenIssuing tokens;
    @Autowired TransactionTemplate transaction;
    @Autowired java.time.Clock clock;
    @Autowired MockMvc mvc;
    @Autowired org.orepass.site.SiteRegistration siteRegistration;
    @Autowired org.orepass.site.SiteInspection siteInspection;
    @Autowired org.orepass.site.MineSites sites;

    @Test
    void demoAccountsExistWithTheDocumentedPasswordAndToken() throws Exception {
        var demo = new DemoData(organisationAdministration, organisations, accounts, hasher, tokens, transaction,
                clock, siteRegistration, siteInspection);
        demo.run(null);
        demo.run(null); // a restart changes nothing

        var expected = java.util.Map.of("admin", Role.ADMIN, "inspector", Role.INSPECTOR, "operator", Role.OPERATOR,
                "exporter", Role.EXPORTER, "cso", Role.CSO_MONITOR, "auditor", Role.AUDITOR);
        for (var entry : expected.entrySet()) {
            var account = accounts.findByUsernameIgnoreCase(entry.getKey()).orElseThrow();
            assertThat(account.getRoles()).containsExactly(entry.getValue());
            assertThat(hasher.matches(DemoData.PASSWORD, account.getPasswordHash())).isTrue();
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-" + entry.getKey()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(entry.getKey()));
        }
        for (OrganisationType type : OrganisationType.values()) {
            assertThat(organisations.search(new OrganisationSearch(null, type, null, true), PageQuery.first()).total())
                    .as("demo organisations of type %s", type).isPositive();
        }
        assertThat(accounts.findByUsernameIgnoreCase("inspector").orElseThrow().getJurisdictionCountry())
                .isEqualTo("UG");
        var today = java.time.LocalDate.now(clock);
        var demoSites = sites.page(new org.orepass.site.SiteSearch("UG-W-0", "UG", null, null, null, null, null,
                null), new org.orepass.site.internal.SiteVisibility(true, null), today, org.orepass.shared.PageQuery.first());
        assertThat(demoSites).extracting(site -> site.statusOn(today)).containsExactlyInAnyOrder(
                org.orepass.site.SiteStatus.BLUE, org.orepass.site.SiteStatus.GREEN, org.orepass.site.SiteStatus.RED);
    }
}
