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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.savings.GroupMember;
import org.orepass.savings.SavingsGroups;
import org.orepass.savings.internal.SavingsStore;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 23, finished: a group's meeting is stored once however many recorders enter it (the page, an offline
 * replay with its own key, two requests at once, the database itself); a member who left is brought back, audited,
 * under optimistic locking; the amounts of the rules' messages are written as the reader writes money.
 */
@PlatformTest
class SavingsOneMeetingADayIntegrationTest {

    /** The refusal of a second meeting on a day, in each language (the meeting's number is 1 here). */
    static final Map<String, String> SAME_DAY = Map.of(
            "en", "Meeting 1 of this group is already recorded on this day.",
            "fr", "La réunion 1 de ce groupe est déjà enregistrée à ce jour.",
            "es", "La reunión 1 de este grupo ya está registrada en este día.",
            "sw", "Mkutano wa 1 wa kikundi hiki tayari umeandikwa siku hii.");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    SavingsGroups groups;

    @Autowired
    SavingsStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    record Setting(SignedInUser monitor, SignedInUser recorder, long groupId, List<GroupMember> members,
            LocalDate start) {
    }

    private Setting group(int members, String currency) throws Exception {
        var monitor = fixtures.memberOf(fixtures.organisation(OrganisationType.CSO).getId(), Role.CSO_MONITOR);
        var cooperative = fixtures.organisation(OrganisationType.COOPERATIVE);
        var recorder = fixtures.memberOf(cooperative.getId(), Role.OPERATOR);
        var location = mvc.perform(post("/savings-groups").with(user(monitor)).with(csrf())
                        .param("name", AccountFixtures.unique("Group " + currency)).param("organisationId",
                                String.valueOf(cooperative.getId()))
                        .param("csoId", String.valueOf(monitor.organisationId())).param("currency", currency))
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
        return new Setting(monitor, recorder, groupId, groups.view(recorder.actor(), groupId).members(), start);
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

    private int meetings(Setting s) {
        return groups.view(s.recorder().actor(), s.groupId()).meetings().size();
    }

    private int entries(Setting s) {
        return jdbc.queryForObject("select count(*) from savings_entry e join savings_cycle c on c.id = e.cycle_id"
                + " where c.group_id = ?", Integer.class, s.groupId());
    }

    @Test
    void aSecondMeetingOnTheSameDayIsRefusedByTheDateInEachLanguageOnThePageAndOnAReplay() throws Exception {
        var s = group(3, "UGX");
        var day = s.start().plusDays(7);
        mvc.perform(meeting(s, day, "lines[0].shares", "2").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        assertThat(entries(s)).isEqualTo(1);
        // The other recorder enters the same meeting on the page: refused next to the date, the day typed kept.
        for (var language : List.of("en", "fr", "es", "sw")) {
            mvc.perform(meeting(s, day, "lines[0].shares", "2").with(user(s.monitor()))
                            .cookie(new Cookie("ORE_PASS_LANG", language)))
                    .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(SAME_DAY.get(language)),
                            containsString("href=\"#heldOn\""), containsString("id=\"heldOn-error\""),
                            containsString("value=\"" + day + "\""), containsString("value=\"2\""))));
        }
        // A phone kept the meeting offline and replays it with its own key: refused the same way, nothing stored.
        var key = "sameday" + System.nanoTime() + "aaaaaaaa";
        mvc.perform(meeting(s, day, "lines[1].shares", "1").header("Idempotency-Key", key).with(user(s.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(SAME_DAY.get("en"))));
        assertThat(meetings(s)).isEqualTo(1);
        assertThat(entries(s)).isEqualTo(1);
        // The next day is another meeting.
        mvc.perform(meeting(s, day.plusDays(1), "lines[1].shares", "1").header("Idempotency-Key",
                "nextday" + System.nanoTime() + "bbbbbbbb").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings(s)).isEqualTo(2);
    }

    @Test
    void twoRecordersSendingTheSameMeetingAtOnceStoreItOnce() throws Exception {
        var s = group(3, "UGX");
        var day = s.start().plusDays(7);
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (var who : List.of(s.recorder(), s.monitor())) {
                var request = meeting(s, day, "lines[0].shares", "2").with(user(who)).header("Idempotency-Key",
                        "atonce" + System.nanoTime() + who.username());
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(10, TimeUnit.SECONDS);
                    return mvc.perform(request).andReturn().getResponse().getStatus();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(meetings(s)).isEqualTo(1);
        assertThat(entries(s)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondMeetingOnADayAndTheStoreSaysSoAsTheServiceDoes() throws Exception {
        var s = group(2, "UGX");
        var day = s.start().plusDays(7);
        mvc.perform(meeting(s, day).with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        long cycleId = groups.view(s.recorder().actor(), s.groupId()).open().orElseThrow().id();
        // Past the service's check (as a request that read the meetings before the first was written would be).
        assertThatThrownBy(() -> store.addMeeting(cycleId, day, List.of(), "someone"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                    assertThat(refused.violations()).hasSize(1);
                    assertThat(refused.violations().get(0).field()).isEqualTo("heldOn");
                    assertThat(refused.violations().get(0).messageKey()).isEqualTo(SavingsGroups.SAME_DAY);
                    assertThat(refused.violations().get(0).arguments()).containsExactly(1);
                });
        // Past the application altogether: the unique index.
        assertThatThrownBy(() -> jdbc.update("insert into savings_meeting (cycle_id, number, held_on, present,"
                + " recorded_by) values (?, 99, ?, 0, 'someone')", cycleId, java.sql.Date.valueOf(day)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("savings_meeting_one_a_day");
        assertThat(meetings(s)).isEqualTo(1);
    }

    @Test
    void aMemberWhoLeftIsBroughtBackUnderOptimisticLockingAndAudited() throws Exception {
        var s = group(3, "UGX");
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[1].shares", "2").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        var member = s.members().get(1);
        var path = "/savings-groups/" + s.groupId() + "/members/" + member.id();
        member(s, member, "remove", 0).andExpect(status().is3xxRedirection());
        assertThat(current(s, member).active()).isFalse();
        mvc.perform(get(path).with(user(s.recorder())).cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Faire revenir dans le groupe"), containsString("name=\"back\""),
                        not(containsString("name=\"remove\"")))));
        // Someone who had the form open before the member left is told, nothing changed.
        member(s, member, "back", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed")));
        assertThat(current(s, member).active()).isFalse();
        // Others may not; without a CSRF token nothing changes.
        var stranger = fixtures.memberOf(fixtures.organisation(OrganisationType.COOPERATIVE).getId(), Role.OPERATOR);
        for (var outsider : List.of(stranger, fixtures.signedIn(Role.AUDITOR))) {
            mvc.perform(post(path).with(user(outsider)).with(csrf()).param("version", "1").param("back", "1"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(path).with(user(s.recorder())).param("version", "1").param("back", "1"))
                .andExpect(status().isForbidden());
        assertThat(current(s, member).active()).isFalse();
        member(s, member, "back", 1).andExpect(status().is3xxRedirection());
        var back = current(s, member);
        assertThat(back.active()).isTrue();
        assertThat(back.leftOn()).isNull();
        assertThat(back.version()).isEqualTo(2);
        assertThat(back.number()).isEqualTo(member.number());
        // A line on the meeting form again, with their savings.
        mvc.perform(get("/savings-groups/" + s.groupId() + "/meetings/new").with(user(s.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(". Member 1")));
        mvc.perform(meeting(s, s.start().plusDays(14), "lines[1].shares", "1").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.view(s.recorder().actor(), s.groupId()).book().position(member.id()).shares())
                .isEqualTo(3);
        // A member still in the group is not brought back.
        member(s, member, "back", 2).andExpect(status().isOk())
                .andExpect(content().string(containsString("This member is still in the group.")));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SavingsMember'"
                + " and entity_id = ? and actor = ? and action = 'UPDATE' and changes -> 'leftOn' ->> 'old' = ?"
                + " and changes -> 'leftOn' ->> 'new' is null", Integer.class, String.valueOf(member.id()),
                s.recorder().username(), LocalDate.now(clock).toString())).isEqualTo(1);
    }

    private ResultActions member(Setting s, GroupMember member, String button, long version) throws Exception {
        var current = current(s, member);
        return mvc.perform(post("/savings-groups/" + s.groupId() + "/members/" + member.id()).with(user(s.recorder()))
                .with(csrf()).param("version", String.valueOf(version))
                .param("number", String.valueOf(current.number())).param("name", current.name())
                .param("sex", current.sex().name()).param("role", current.role().name()).param(button, "1"));
    }

    private GroupMember current(Setting s, GroupMember member) {
        return groups.view(s.recorder().actor(), s.groupId()).members().stream().filter(m -> m.id() == member.id())
                .findFirst().orElseThrow();
    }

    @Test
    void theAmountsOfARefusalAreWrittenAsTheReaderWritesMoney() throws Exception {
        var kes = group(2, "KES");
        mvc.perform(meeting(kes, kes.start().plusDays(7), "lines[1].shares", "2").with(user(kes.recorder())))
                .andExpect(status().is3xxRedirection());
        // Member 1 saved 2 000 KES, loans up to 3 times: 6 000 with the cents Kenya shillings have.
        mvc.perform(meeting(kes, kes.start().plusDays(14), "lines[1].loan", "6001").with(user(kes.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("A loan of at most KES\u00a06,000.00 (3 times"),
                        not(containsString("6000.00")))));
        mvc.perform(meeting(kes, kes.start().plusDays(14), "lines[1].loan", "6001").with(user(kes.recorder()))
                        .cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Un prêt de 6\u00a0000,00\u00a0KES au plus"), not(containsString("6000.00")))));
        // Uganda shillings have no cents: none shown; the cash in the fund, in English and in French.
        var ugx = group(2, "UGX");
        mvc.perform(meeting(ugx, ugx.start().plusDays(7), "lines[0].shares", "5", "lines[1].shares", "5")
                .with(user(ugx.recorder()))).andExpect(status().is3xxRedirection());
        mvc.perform(meeting(ugx, ugx.start().plusDays(14), "lines[0].loan", "4000", "lines[1].loan", "15000")
                        .with(user(ugx.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(
                        "Only UGX\u00a06,000 is in the loan fund.")));
        mvc.perform(meeting(ugx, ugx.start().plusDays(14), "lines[0].loan", "4000", "lines[1].loan", "15000")
                        .with(user(ugx.recorder())).cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(
                        "Le fonds de crédit ne contient que 6\u00a0000\u00a0UGX.")));
    }
}
