package org.orepass.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.orepass.workqueue.WorkItem;
import org.orepass.workqueue.WorkQueueReading;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16: each role's home page is its work queue, with counts and links, counted with the role's organisation
 * or jurisdiction as the lists they link to; no "coming next" text.
 */
@PlatformTest
class WorkQueueIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkQueueReading queue;

    private String home(SignedInUser who) throws Exception {
        return mvc.perform(get("/").with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static WorkItem item(java.util.List<WorkItem> items, String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).findFirst().orElse(null);
    }

    @Test
    void aBuyerSeesTheDeliveriesSentToItsOrganisationAndNoOtherOrganisationDoes() throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var seller = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        var stranger = fixtures.signedIn(Role.EXPORTER);
        var lot = f.produce(inspector, seller, f.site(inspector, seller), "100", LocalDate.now());
        f.sell(seller, buyer, lot, "40");

        assertThat(home(buyer)).contains("1 delivery to receive").contains("href=\"/transfers\"")
                .doesNotContain("Coming next");
        assertThat(home(stranger)).contains("No deliveries to receive").doesNotContain("1 delivery to receive");
        // The seller's organisation sent it; nothing waits for it there.
        assertThat(home(seller)).contains("No deliveries to receive");

        f.receive(buyer, f.lastTransferOf(lot), "40");
        assertThat(home(buyer)).contains("No deliveries to receive");
    }

    @Test
    void anInspectorSeesItsJurisdictionsSitesDueForInspectionAndItsReviewQueues() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var elsewhere = new Actor("inspector-cd", null, Set.of(Role.INSPECTOR), "CD", Set.of());
        var before = item(queue.of(inspector.actor()), "inspections");
        var beforeElsewhere = item(queue.of(elsewhere), "inspections");
        assertThat(before.atLeast()).isFalse();

        // A site registered in the inspector's country is blue (never inspected): due for inspection there only.
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var site = f.site(inspector, fixtures.signedIn(Role.OPERATOR));
        jdbc.update("update mine_site set status = 'BLUE', status_since = current_date where id = ?", site);
        assertThat(item(queue.of(inspector.actor()), "inspections").count()).isEqualTo(before.count() + 1);
        assertThat(item(queue.of(elsewhere), "inspections").count()).isEqualTo(beforeElsewhere.count());
        assertThat(item(queue.of(inspector.actor()), "inspections").link()).isEqualTo(
                "/sites?country=UG&status=BLUE");

        var page = home(inspector);
        assertThat(page).contains("Waiting for you").contains("waiting for an inspection")
                .contains("href=\"/sites?country=UG&amp;status=BLUE\"").contains("export shipment")
                .contains("href=\"/exports\"").contains("site change proposal").contains("overdue for review")
                .contains("href=\"/incidents?overdue=true\"").doesNotContain("deliver");
    }

    @Test
    void aSecondPersonSeesTheAssessmentsWaitingForTheirSignOffAndTheDeciderDoesNot() throws Exception {
        var exporter = fixtures.signedIn(Role.EXPORTER);
        var colleague = fixtures.colleague(exporter, Role.EXPORTER);
        var outsider = fixtures.signedIn(Role.EXPORTER);
        jdbc.update("""
                insert into risk_assessment (assessing_org_id, subject_kind, supplier_org_id, levels, decision,
                    decision_status, decided_by, decided_at, created_by, created_at)
                values (?, 'SUPPLIER', ?, 'SERIOUS_ABUSES=LOW', 'SUSPEND_MITIGATING', 'PENDING_SIGN_OFF', ?, now(), ?,
                    now())""", exporter.organisationId(), outsider.organisationId(), exporter.username(),
                exporter.username());
        assertThat(item(queue.of(colleague.actor()), "assessments").count()).isOne();
        assertThat(item(queue.of(exporter.actor()), "assessments").count()).isZero();
        assertThat(item(queue.of(outsider.actor()), "assessments").count()).isZero();
        assertThat(home(colleague)).contains("1 risk assessment to sign off")
                .contains("href=\"/risk/assessments\"");
        assertThat(home(outsider)).contains("No risk assessments to sign off");
    }

    @Test
    void eachRoleSeesOnlyItsOwnQueues() throws Exception {
        var monitor = home(fixtures.signedIn(Role.CSO_MONITOR));
        assertThat(monitor).contains("overdue for review").doesNotContain("deliver").doesNotContain("inspection")
                .doesNotContain("Coming next");
        assertThat(home(fixtures.signedIn(Role.AUDITOR))).doesNotContain("Waiting for you")
                .doesNotContain("Coming next");
        var operator = home(fixtures.signedIn(Role.OPERATOR));
        assertThat(operator).contains("deliveries to receive").contains("risk assessments to sign off")
                .doesNotContain("inspection").doesNotContain("overdue");
        mvc.perform(get("/").with(user(fixtures.signedIn(Role.ADMIN)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("to decide")))
                .andExpect(content().string(not(containsString("Coming next"))));
    }
}
