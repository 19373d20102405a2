package org.orepass.web.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.savings.GroupMember;
import org.orepass.savings.SavingsGroups;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 23: a group's recorder keeps the ledger through the pages, under the rules, and nobody else may. */
@PlatformTest
class SavingsGroupsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    SavingsGroups groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    record Setting(SignedInUser monitor, SignedInUser recorder, long cooperativeId, long groupId,
            List<GroupMember> members, LocalDate start) {
    }

    private Setting group(int members) throws Exception {
        var cso = fixtures.organisation(OrganisationType.CSO);
        var cooperative = fixtures.organisation(OrganisationType.COOPERATIVE);
        var monitor = fixtures.memberOf(cso.getId(), Role.CSO_MONITOR);
        var recorder = fixtures.memberOf(cooperative.getId(), Role.OPERATOR);
        var location = mvc.perform(post("/savings-groups").with(user(monitor)).with(csrf())
                        .param("name", AccountFixtures.unique("Tujenge")).param("organisationId",
                                String.valueOf(cooperative.getId())).param("csoId", String.valueOf(cso.getId()))
                        .param("currency", "ugx"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long groupId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < members; i++) {
            mvc.perform(post("/savings-groups/" + groupId + "/members").with(user(recorder)).with(csrf())
                    .param("name", "Member " + i).param("sex", i % 3 == 0 ? "MALE" : "FEMALE").param("role",
                            i == 0 ? "CHAIR" : "MEMBER")).andExpect(status().is3xxRedirection());
        }
        var start = LocalDate.now(clock).minusDays(60);
        mvc.perform(post("/savings-groups/" + groupId + "/constitution").with(user(recorder)).with(csrf())
                .param("startOn", start.toString()).param("shareValue", "1000").param("minShares", "1")
                .param("maxShares", "5").param("serviceChargePercent", "10").param("chargeMethod", "FLAT")
                .param("maxLoanMultiple", "3").param("socialFundContribution", "200").param("fine", "500")
                .param("cycleMonths", "12")).andExpect(status().is3xxRedirection());
        var view = groups.view(recorder.actor(), groupId);
        return new Setting(monitor, recorder, cooperative.getId(), groupId, view.members(), start);
    }

    private MockHttpServletRequestBuilder meeting(Setting s, LocalDate on, String... lineParams) {
        var request = post("/savings-groups/" + s.groupId() + "/meetings").with(csrf()).param("heldOn", on.toString());
        for (int i = 0; i < s.members().size(); i++) {
            request.param("lines[" + i + "].memberId", String.valueOf(s.members().get(i).id()))
                    .param("lines[" + i + "].present", "true");
        }
        for (int i = 0; i < lineParams.length; i += 2) {
            request.param(lineParams[i], lineParams[i + 1]);
        }
        return request;
    }

    @Test
    void aRecorderKeepsTheLedgerUnderTheConstitutionAndSharesOut() throws Exception {
        var s = group(3);
        mvc.perform(get("/savings-groups/" + s.groupId() + "/meetings/new").with(user(s.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Member 2"),
                        containsString("name=\"lines[2].loan\""))));
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "5", "lines[1].shares", "2",
                "lines[0].socialFund", "true").with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        // Member 1 saved 2 000: a loan of 6 001 is refused by the field, in French, the typed value kept.
        mvc.perform(meeting(s, s.start().plusDays(14), "lines[1].loan", "6001").with(user(s.recorder()))
                        .cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("Un prêt de 6\u00a0000\u00a0UGX au plus"), containsString("value=\"6001\""))));
        mvc.perform(meeting(s, s.start().plusDays(14), "lines[1].loan", "6000").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        var book = groups.view(s.recorder().actor(), s.groupId()).book();
        assertThat(book.loanFund()).isEqualByComparingTo("1000");
        assertThat(book.socialFund()).isEqualByComparingTo("200");
        // A month later the flat charge (600) is due, and the member repays everything.
        mvc.perform(meeting(s, s.start().plusDays(14).plusMonths(1), "lines[1].repayment", "6600")
                .with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        book = groups.view(s.recorder().actor(), s.groupId()).book();
        assertThat(book.loanFund()).isEqualByComparingTo("7600");
        assertThat(book.position(s.members().get(1).id()).chargesTotal()).isEqualByComparingTo("600");
        mvc.perform(get("/savings-groups/" + s.groupId() + "/share-out").with(user(s.monitor())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("1,085.7143"),
                        containsString("5,428.57"), containsString("2,171.43"))));
        mvc.perform(post("/savings-groups/" + s.groupId() + "/share-out").with(user(s.recorder())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.view(s.recorder().actor(), s.groupId()).open()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SavingsMeeting'"
                + " and actor = ?", Integer.class, s.recorder().username())).isEqualTo(3);
    }

    @Test
    void theSupportingCsoSeesItsProgrammeByGroupAndBySexWithACsvAndOthersDoNot() throws Exception {
        var s = group(3);
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "5", "lines[1].shares", "2",
                "lines[2].shares", "1").with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        // A loan given 52 days ago (at the next meeting: one a day): out, not yet at risk (more than 90 days).
        mvc.perform(meeting(s, s.start().plusDays(8), "lines[0].loan", "3000").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        var figures = groups.programme(s.monitor().actor());
        assertThat(figures.groups()).hasSize(1);
        var line = figures.groups().get(0);
        assertThat(line.savings()).isEqualByComparingTo("8000");
        assertThat(line.loansOutstanding()).isEqualByComparingTo("3000");
        assertThat(line.portfolioAtRisk()).isEqualByComparingTo("0");
        assertThat(line.repaymentRate()).isEqualByComparingTo("0");
        // Member 0 is a man (the fixture's every third member): his savings and loan are the men's.
        assertThat(figures.in("UGX").bySex().get(org.orepass.savings.Sex.MALE).loansOutstanding()).isEqualByComparingTo("3000");
        assertThat(figures.in("UGX").bySex().get(org.orepass.savings.Sex.FEMALE).savings()).isEqualByComparingTo("3000");
        mvc.perform(get("/savings-groups/programme").with(user(s.monitor()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString("UGX\u00a08,000"))));
        mvc.perform(get("/savings-groups/programme.csv").with(user(s.monitor()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("group,currency,women,men,savings"),
                        containsString("sex:MALE,UGX,0,1,5000.00,3000.00"))));
        mvc.perform(get("/savings-groups/programme").with(user(s.recorder()))).andExpect(status().isForbidden());
        var otherMonitor = fixtures.memberOf(fixtures.organisation(OrganisationType.CSO).getId(), Role.CSO_MONITOR);
        assertThat(groups.programme(otherMonitor.actor()).groups()).isEmpty();
    }

    @Test
    void aMistakeIsReversedNeverEditedAndTheDatabaseRefusesToRewriteTheLedger() throws Exception {
        var s = group(2);
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "3").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        long entryId = jdbc.queryForObject("select max(e.id) from savings_entry e join savings_cycle c on"
                + " c.id = e.cycle_id where c.group_id = ?", Long.class, s.groupId());
        mvc.perform(post("/savings-groups/" + s.groupId() + "/reversals").with(user(s.recorder())).with(csrf())
                .param("entryId", String.valueOf(entryId)).param("reason", " ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/savings-groups/" + s.groupId() + "/reversals").with(user(s.recorder())).with(csrf())
                .param("entryId", String.valueOf(entryId)).param("reason", "3 shares were 2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/savings-groups/" + s.groupId() + "/ledger").with(user(s.monitor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("3 shares were 2")));
        assertThat(groups.view(s.recorder().actor(), s.groupId()).book().loanFund()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> jdbc.update("update savings_entry set amount = 1 where id = ?", entryId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from savings_entry where id = ?", entryId))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SavingsEntry'"
                + " and actor = ?", Integer.class, s.recorder().username())).isEqualTo(1);
    }

    @Test
    void onlyTheGroupsRecordersWriteAndOthersAreRefused() throws Exception {
        var s = group(2);
        var stranger = fixtures.memberOf(fixtures.organisation(OrganisationType.COOPERATIVE).getId(), Role.OPERATOR);
        var otherMonitor = fixtures.memberOf(fixtures.organisation(OrganisationType.CSO).getId(), Role.CSO_MONITOR);
        var auditor = fixtures.signedIn(Role.AUDITOR);
        for (var outsider : List.of(stranger, otherMonitor)) {
            mvc.perform(get("/savings-groups/" + s.groupId()).with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "1").with(user(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/savings-groups").with(user(outsider))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/savings-groups/" + s.groupId() + "\""))));
        }
        mvc.perform(get("/savings-groups/" + s.groupId()).with(user(auditor))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/meetings/new"))));
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "1").with(user(auditor)))
                .andExpect(status().isForbidden());
        // Registering a group for another CSO, or without a CSRF token, is refused too.
        mvc.perform(post("/savings-groups").with(user(otherMonitor)).with(csrf()).param("name", "Other")
                .param("community", "Kamituga").param("csoId", String.valueOf(s.monitor().organisationId()))
                .param("currency", "UGX")).andExpect(status().isForbidden());
        mvc.perform(meeting(s, s.start().plusDays(7)).with(user(s.recorder())).with(request -> {
            request.removeParameter("_csrf");
            return request;
        }));
        assertThat(groups.view(s.recorder().actor(), s.groupId()).meetings()).isEmpty();
    }

    @Test
    void badInputIsAnsweredByTheFieldNeverWithAServerError() throws Exception {
        var s = group(2);
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "many", "lines[1].fine", "-3")
                        .with(user(s.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("value=\"many\""))));
        mvc.perform(meeting(s, s.start().minusDays(1)).with(user(s.recorder()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/savings-groups/" + s.groupId() + "/constitution").with(user(s.recorder())).with(csrf())
                        .param("startOn", s.start().toString()).param("shareValue", "0").param("minShares", "4")
                        .param("maxShares", "2").param("serviceChargePercent", "45").param("chargeMethod", "FLAT")
                        .param("maxLoanMultiple", "3").param("socialFundContribution", "x").param("fine", "0")
                        .param("cycleMonths", "12").cookie(new Cookie("ORE_PASS_LANG", "sw")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("error-summary"),
                        containsString("Andika ada kutoka 0 hadi 30"), containsString("value=\"45\""))));
        mvc.perform(get("/savings-groups/999999999").with(user(s.recorder()))).andExpect(status().isNotFound());
    }
    /**
     * Issue 23's figure as the test database gives it (bench/savings.sh measures the running application): 40
     * meetings of 30 members posted one after another, the ledger growing. The bound here is loose (a loaded build
     * machine); docs/savings-groups.md keeps the measured p50.
     */
    @Test
    void aMeetingOfThirtyMembersIsSavedQuickly() throws Exception {
        var s = group(30);
        var times = new java.util.ArrayList<Long>();
        for (int m = 0; m < 40; m++) {
            var params = new java.util.ArrayList<String>();
            for (int i = 0; i < 30; i++) {
                params.addAll(List.of("lines[" + i + "].shares", String.valueOf(1 + (i + m) % 5),
                        "lines[" + i + "].socialFund", "true"));
                if ((i + m) % 7 == 0) {
                    params.addAll(List.of("lines[" + i + "].fine", "500"));
                }
            }
            var request = meeting(s, s.start().plusDays(m), params.toArray(String[]::new)).with(user(s.recorder()));
            long started = System.nanoTime();
            mvc.perform(request).andExpect(status().is3xxRedirection());
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        var sorted = times.subList(5, times.size()).stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2);
        System.out.println("savings-meeting-30-members (MockMvc, test database): p50 " + p50 + " ms, max "
                + sorted.get(sorted.size() - 1) + " ms");
        assertThat(groups.view(s.recorder().actor(), s.groupId()).meetings()).hasSize(40);
        assertThat(p50).isLessThan(250);
    }
}
