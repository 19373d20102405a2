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
    @Autowired org.springframework.beans.factory.config.AutowireCapableBeanFactory beans;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void demoAccountsExistWithTheDocumentedPasswordAndToken() throws Exception {
        var demo = beans.createBean(DemoData.class);
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
                null), new org.orepass.site.SiteVisibility(true, null), today, org.orepass.shared.PageQuery.first());
        assertThat(demoSites).extracting(site -> site.statusOn(today)).containsExactlyInAnyOrder(
                org.orepass.site.SiteStatus.BLUE, org.orepass.site.SiteStatus.GREEN, org.orepass.site.SiteStatus.RED,
                org.orepass.site.SiteStatus.YELLOW); // yellow: the story's (DemoStory)
    }

    /**
     * The story (issue 16) is told through the use cases, once: a second inspector for DR Congo, sites of every
     * colour, a lot chain to a certified export with its taxes paid, incidents in several states, an assessment
     * with a decision and a plan.
     */
    @Test
    void demoModeTellsACompleteStoryInTwoCountriesOnce() {
        beans.createBean(DemoData.class).run(null);
        beans.createBean(DemoData.class).run(null); // a restart tells it again never
        assertThat(accounts.findByUsernameIgnoreCase(DemoStory.SECOND_INSPECTOR).orElseThrow()
                .getJurisdictionCountry()).isEqualTo("CD");
        assertThat(jdbc.queryForList("select distinct s.status from mine_site s where s.national_id in"
                + " ('CD-NK-0212', 'CD-NK-0233', 'CD-NK-0301', 'CD-NK-0355')", String.class))
                .containsExactlyInAnyOrder("GREEN", "YELLOW", "RED", "BLUE");
        assertThat(jdbc.queryForObject("select count(*) from mine_site where national_id = 'CD-NK-0212'",
                Integer.class)).as("told once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from export_certificate c join export_shipment s"
                + " on s.id = c.shipment_id where s.importer_name = 'Refinery Europe BV' and s.carrier ="
                + " 'Lake Kivu Transport'", Integer.class)).isEqualTo(1);
        // Received downstream by a refiner with its RMI id (issues 18, 19): the chain on the passport is closed.
        assertThat(jdbc.queryForObject("select o.smelter_id from downstream_consignment c join export_shipment s"
                + " on s.id = c.shipment_id join organisation o on o.id = c.consignee_id where s.carrier ="
                + " 'Lake Kivu Transport' and c.confirmed_at is not null", String.class)).isEqualTo("CID009901");
        assertThat(jdbc.queryForList("select distinct o.kind from custody_operation o join organisation g"
                + " on g.id = o.organisation_id where g.name = 'Kivu Export Comptoir'", String.class))
                .contains("RECEIPT", "COMBINATION", "PROCESSING");
        assertThat(jdbc.queryForObject("select count(*) from tax_due where paid_amount >= amount and tax_authority"
                + " like 'Direction%'", Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from tax_due where paid_amount < amount and tax_authority"
                + " = 'Direction Générale des Recettes du Nord-Kivu'", Integer.class)).isPositive();
        assertThat(jdbc.queryForList("select distinct status from incident where description like 'Boys younger%'"
                + " or description like 'Armed men stop%' or description like 'People say mercury%'"
                + " or description like 'A pit wall fell%'", String.class))
                .contains("REPORTED", "FOLLOW_UP", "DISMISSED", "RESOLVED");
        assertThat(jdbc.queryForObject("select count(*) from risk_assessment a join risk_mitigation_plan p"
                + " on p.assessment_id = a.id where a.decision = 'CONTINUE_MITIGATING'", Integer.class)).isPositive();
    }
}
