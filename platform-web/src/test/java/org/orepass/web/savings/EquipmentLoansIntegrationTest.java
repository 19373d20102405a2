package org.orepass.web.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.savings.EquipmentFinance;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 23: a lender records an equipment loan to a producer; both see its schedule and arrears; no one else. */
@PlatformTest
class EquipmentLoansIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    EquipmentFinance finance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aLenderRecordsALoanAndItsRepaymentsAndTheProducerSeesTheArrears() throws Exception {
        var lenderOrg = fixtures.organisation(OrganisationType.CSO);
        var producerOrg = fixtures.organisation(OrganisationType.COOPERATIVE);
        var lender = fixtures.memberOf(lenderOrg.getId(), Role.CSO_MONITOR);
        var producer = fixtures.memberOf(producerOrg.getId(), Role.OPERATOR);
        var today = LocalDate.now(clock);
        var location = mvc.perform(post("/savings-groups/equipment-loans").with(user(lender)).with(csrf())
                        .param("producerId", String.valueOf(producerOrg.getId()))
                        .param("equipment", "Shaking table").param("principal", "1200").param("currency", "usd")
                        .param("annualRatePercent", "0").param("termMonths", "12")
                        .param("givenOn", today.minusMonths(3).minusDays(10).toString())
                        .param("firstDueOn", today.minusMonths(2).minusDays(10).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/savings-groups/equipment-loans/" + id + "/repayments").with(user(lender)).with(csrf())
                .param("paidOn", today.minusMonths(2).toString()).param("amount", "100"))
                .andExpect(status().is3xxRedirection());
        // Three instalments of 100 due, 100 paid: 200 in arrears since the second one.
        var view = finance.get(producer.actor(), id);
        assertThat(view.standing().arrears()).isEqualByComparingTo("200");
        assertThat(view.standing().outstanding()).isEqualByComparingTo("1100");
        mvc.perform(get("/savings-groups/equipment-loans").with(user(producer))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Shaking table"), containsString("200.00"))));
        mvc.perform(get("/savings-groups/equipment-loans/" + id).with(user(producer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/repayments"))));
        // More than what remains is refused by the field, in Spanish, the typed value kept.
        mvc.perform(post("/savings-groups/equipment-loans/" + id + "/repayments").with(user(lender)).with(csrf())
                        .cookie(new Cookie("ORE_PASS_LANG", "es"))
                        .param("paidOn", today.toString()).param("amount", "5000"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("value=\"5000\""), containsString("debe 1.100,00\u00a0USD"))));
        mvc.perform(post("/savings-groups/equipment-loans/" + id + "/repayments").with(user(producer)).with(csrf())
                .param("paidOn", today.toString()).param("amount", "10")).andExpect(status().isForbidden());
        var stranger = fixtures.memberOf(fixtures.organisation(OrganisationType.TRADER).getId(), Role.OPERATOR);
        mvc.perform(get("/savings-groups/equipment-loans/" + id).with(user(stranger)))
                .andExpect(status().isForbidden());
        assertThat(finance.list(stranger.actor(), null)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type in ('EquipmentLoan',"
                + " 'EquipmentRepayment') and actor = ?", Integer.class, lender.username())).isEqualTo(2);
    }

    @Test
    void badLoansAreRefusedByTheirFields() throws Exception {
        var lender = fixtures.memberOf(fixtures.organisation(OrganisationType.TRADER).getId(), Role.OPERATOR);
        mvc.perform(post("/savings-groups/equipment-loans").with(user(lender)).with(csrf())
                        .param("producerId", String.valueOf(lender.organisationId())).param("equipment", " ")
                        .param("principal", "-5").param("currency", "UGX").param("annualRatePercent", "250")
                        .param("termMonths", "0").param("givenOn", "2999-01-01").param("firstDueOn", "nope"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("value=\"250\""), containsString("value=\"nope\""))));
        var auditor = fixtures.signedIn(Role.AUDITOR);
        mvc.perform(get("/savings-groups/equipment-loans/new").with(user(auditor))).andExpect(status().isForbidden());
    }
}
