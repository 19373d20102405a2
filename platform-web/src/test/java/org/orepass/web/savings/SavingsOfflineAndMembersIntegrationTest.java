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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

/**
 * Issue 23, the rest: a meeting recorded on a phone with no signal is stored once however often it is sent, and a
 * refused one comes back with its reason; members are edited under optimistic locking and never deleted once in
 * the books; programme totals per currency; money as the reader writes it; error-summary links reach their field.
 */
@PlatformTest
class SavingsOfflineAndMembersIntegrationTest {

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

    record Setting(SignedInUser monitor, SignedInUser recorder, long groupId, List<GroupMember> members,
            LocalDate start) {
    }

    private Setting group(int members, String currency, SignedInUser monitor) throws Exception {
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
        constitution(groupId, recorder, start, 5).andExpect(status().is3xxRedirection());
        return new Setting(monitor, recorder, groupId, groups.view(recorder.actor(), groupId).members(), start);
    }

    private Setting group(int members) throws Exception {
        return group(members, "UGX", fixtures.memberOf(fixtures.organisation(OrganisationType.CSO).getId(),
                Role.CSO_MONITOR));
    }

    private org.springframework.test.web.servlet.ResultActions constitution(long groupId, SignedInUser recorder,
            LocalDate start, int maxShares) throws Exception {
        return mvc.perform(post("/savings-groups/" + groupId + "/constitution").with(user(recorder)).with(csrf())
                .param("startOn", start.toString()).param("shareValue", "1000").param("minShares", "1")
                .param("maxShares", String.valueOf(maxShares)).param("serviceChargePercent", "10")
                .param("chargeMethod", "FLAT").param("maxLoanMultiple", "3").param("socialFundContribution", "200")
                .param("fine", "500").param("cycleMonths", "12"));
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

    private int keys(String key) {
        return jdbc.queryForObject("select count(*) from offline_submission where idempotency_key = ?",
                Integer.class, key);
    }

    @Test
    void theMeetingFormIsKeptOfflineAndAMeetingSentTwiceIsStoredOnce() throws Exception {
        var s = group(3);
        mvc.perform(get("/savings-groups/" + s.groupId() + "/meetings/new").with(user(s.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("data-offline"),
                        containsString("name=\"idempotencyKey\""), containsString("/js/offline.js"))));
        // The recorder's offline page offers the form to keep on the phone.
        mvc.perform(get("/offline").with(user(s.recorder()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-offline-page"),
                        containsString("/savings-groups/" + s.groupId() + "/meetings/new"),
                        not(containsString("/offline/pack.json")))));
        var key = "meeting" + System.nanoTime() + "aaaaaaaa";
        var first = meeting(s, s.start().plusDays(7), "lines[0].shares", "2").header("Idempotency-Key", key)
                .with(user(s.recorder()));
        var location = mvc.perform(first).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        // The phone sends it again (the answer was lost on the way): the same page, nothing stored twice.
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "2").header("Idempotency-Key", key)
                        .with(user(s.recorder())))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", location));
        assertThat(meetings(s)).isEqualTo(1);
        // Without JavaScript the server's hidden key does the same for a double tap.
        var fieldKey = "field" + System.nanoTime() + "bbbbbbbbbb";
        for (int i = 0; i < 2; i++) {
            mvc.perform(meeting(s, s.start().plusDays(14), "lines[1].shares", "1").param("idempotencyKey", fieldKey)
                    .with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        }
        assertThat(meetings(s)).isEqualTo(2);
        // Two different keys: two meetings.
        mvc.perform(meeting(s, s.start().plusDays(21), "lines[2].shares", "1").header("Idempotency-Key",
                "other" + System.nanoTime() + "cccccccccc").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings(s)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select form from offline_submission where idempotency_key = ?",
                String.class, key)).isEqualTo("SAVINGS_MEETING");
        // Another user's key is not theirs to replay.
        mvc.perform(meeting(s, s.start().plusDays(21)).header("Idempotency-Key", key).with(user(s.monitor())))
                .andExpect(status().isConflict());
        assertThat(meetings(s)).isEqualTo(3);
    }

    @Test
    void aMeetingReplayedAfterTheConstitutionChangedIsRefusedWithItsReasonThenStoredOnceCorrected()
            throws Exception {
        var s = group(2);
        // Recorded on the phone when a member could buy up to 5 shares; meanwhile the chair lowered it to 3.
        constitution(s.groupId(), s.recorder(), s.start(), 3).andExpect(status().is3xxRedirection());
        var key = "replay" + System.nanoTime() + "dddddddddd";
        var html = mvc.perform(meeting(s, s.start().plusDays(7), "lines[1].shares", "5")
                        .header("Idempotency-Key", key).with(user(s.recorder()))
                        .cookie(new Cookie("ORE_PASS_LANG", "sw")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The form comes back (the phone marks the record "needs your attention" with this page): the reason in
        // the summary, linked to the box it is about, and the typed value kept; nothing stored, the key let go.
        assertThat(html).contains("error-summary", "value=\"5\"", "href=\"#lines[1].shares\"", "id=\"lines[1].shares\"");
        assertThat(summaryText(html, "#lines[1].shares")).contains("1").contains("3");
        assertThat(meetings(s)).isZero();
        assertThat(keys(key)).isZero();
        // Corrected on the phone and sent again with the same key: stored once, and once only.
        for (int i = 0; i < 2; i++) {
            mvc.perform(meeting(s, s.start().plusDays(7), "lines[1].shares", "3").header("Idempotency-Key", key)
                    .with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        }
        assertThat(meetings(s)).isEqualTo(1);
        assertThat(keys(key)).isEqualTo(1);
    }

    /** The text of the summary link to an anchor. */
    private static String summaryText(String html, String anchor) {
        var matcher = Pattern.compile("<a href=\"" + Pattern.quote(anchor) + "\">([^<]*)</a>").matcher(html);
        assertThat(matcher.find()).as("a summary link to %s", anchor).isTrue();
        return matcher.group(1);
    }

    @Test
    void everyErrorSummaryLinkReachesAnElementOfThePage() throws Exception {
        var s = group(3);
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "2").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        // Refused by the rules (a loan above the limit, a negative fine), then a box that is not a number.
        assertSummaryLinksReachTheirFields(meeting(s, s.start().plusDays(14), "lines[1].loan", "999999"), s,
                "lines[1].loan");
        assertSummaryLinksReachTheirFields(meeting(s, s.start().plusDays(14), "lines[0].fine", "-1",
                "lines[2].shares", "9"), s, "lines[0].fine", "lines[2].shares");
        assertSummaryLinksReachTheirFields(meeting(s, s.start().plusDays(14), "lines[2].repayment", "many"), s,
                "lines[2].repayment");
    }

    private void assertSummaryLinksReachTheirFields(MockHttpServletRequestBuilder request, Setting s,
            String... expected) throws Exception {
        var html = mvc.perform(request.with(user(s.recorder()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        var summary = html.substring(html.indexOf("class=\"error-summary\""), html.indexOf("</ul>",
                html.indexOf("class=\"error-summary\"")));
        var links = new ArrayList<String>();
        var matcher = Pattern.compile("href=\"#([^\"]+)\"").matcher(summary);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        assertThat(links).contains(expected);
        for (var id : links) {
            assertThat(html).as("an element with id %s", id).contains("id=\"" + id + "\"");
        }
    }

    @Test
    void aMemberIsEditedUnderOptimisticLockingAndAudited() throws Exception {
        var s = group(3);
        var member = s.members().get(1);
        var path = "/savings-groups/" + s.groupId() + "/members/" + member.id();
        mvc.perform(get(path).with(user(s.recorder()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"version\""), containsString("Member 1"))));
        mvc.perform(post(path).with(user(s.recorder())).with(csrf()).param("version", "0").param("number", "7")
                        .param("name", "Amina K.").param("sex", "FEMALE").param("role", "RECORDER"))
                .andExpect(status().is3xxRedirection());
        var changed = groups.view(s.recorder().actor(), s.groupId()).members().stream()
                .filter(m -> m.id() == member.id()).findFirst().orElseThrow();
        assertThat(changed.number()).isEqualTo(7);
        assertThat(changed.label()).isEqualTo("Amina K.");
        assertThat(changed.role()).isEqualTo(org.orepass.savings.MemberRole.RECORDER);
        assertThat(changed.version()).isEqualTo(1);
        // The monitor had the form open at version 0: told, their typed values kept, nothing overwritten.
        mvc.perform(post(path).with(user(s.monitor())).with(csrf()).param("version", "0").param("number", "7")
                        .param("name", "Amina Kabera").param("sex", "FEMALE").param("role", "MEMBER"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Someone else changed"),
                        containsString("value=\"Amina Kabera\""))));
        assertThat(groups.view(s.recorder().actor(), s.groupId()).members().stream()
                .filter(m -> m.id() == member.id()).findFirst().orElseThrow().label()).isEqualTo("Amina K.");
        // A number already another member's is refused by its field, in French.
        mvc.perform(post(path).with(user(s.recorder())).with(csrf()).param("version", "1").param("number", "1")
                        .param("name", "Amina K.").param("sex", "FEMALE").param("role", "RECORDER")
                        .cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Le numéro 1 est déjà celui d’un autre membre"), containsString("href=\"#number\""))));
        mvc.perform(post(path).with(user(s.recorder())).with(csrf()).param("version", "1").param("number", "x")
                        .param("sex", "FEMALE").param("role", "RECORDER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"x\"")));
        // Others may not edit; without a CSRF token nothing changes.
        var stranger = fixtures.memberOf(fixtures.organisation(OrganisationType.COOPERATIVE).getId(), Role.OPERATOR);
        var auditor = fixtures.signedIn(Role.AUDITOR);
        for (var outsider : List.of(stranger, auditor)) {
            mvc.perform(post(path).with(user(outsider)).with(csrf()).param("version", "1").param("number", "9")
                    .param("sex", "MALE").param("role", "MEMBER")).andExpect(status().isForbidden());
        }
        mvc.perform(get(path).with(user(auditor))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(user(s.recorder())).param("version", "1").param("number", "9")
                .param("sex", "MALE").param("role", "MEMBER")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SavingsMember'"
                + " and entity_id = ? and actor = ? and action = 'UPDATE' and changes -> 'name' ->> 'old' = 'Member 1'"
                + " and changes -> 'name' ->> 'new' = 'Amina K.'", Integer.class,
                String.valueOf(member.id()), s.recorder().username())).isEqualTo(1);
    }

    @Test
    void aMemberInTheBooksIsMarkedLeftNeverDeletedAndOneWithNothingIsDeleted() throws Exception {
        var s = group(4);
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "5", "lines[1].shares", "2",
                "lines[2].shares", "1").with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        mvc.perform(meeting(s, s.start().plusDays(14), "lines[2].loan", "1000").with(user(s.recorder())))
                .andExpect(status().is3xxRedirection());
        var saver = s.members().get(1);
        var borrower = s.members().get(2);
        var absent = s.members().get(3);
        // Member 3 never came: attendance was recorded for everyone, so they too are in the books.
        mvc.perform(post("/savings-groups/" + s.groupId() + "/members").with(user(s.recorder())).with(csrf())
                .param("name", "Newcomer").param("sex", "FEMALE").param("role", "MEMBER"))
                .andExpect(status().is3xxRedirection());
        var newcomer = groups.view(s.recorder().actor(), s.groupId()).members().stream()
                .filter(m -> "Newcomer".equals(m.name())).findFirst().orElseThrow();
        remove(s, newcomer).andExpect(status().is3xxRedirection());
        remove(s, saver).andExpect(status().is3xxRedirection());
        // A member who still owes is not let go.
        remove(s, borrower).andExpect(status().isOk()).andExpect(content().string(containsString("still owes")));
        var members = groups.view(s.recorder().actor(), s.groupId()).members();
        assertThat(members).extracting(GroupMember::id).doesNotContain(newcomer.id()).contains(saver.id(),
                borrower.id(), absent.id());
        var left = members.stream().filter(m -> m.id() == saver.id()).findFirst().orElseThrow();
        assertThat(left.leftOn()).isEqualTo(LocalDate.now(clock));
        assertThat(jdbc.queryForObject("select count(*) from savings_member where id = ?", Integer.class,
                newcomer.id())).isZero();
        // The meeting form no longer has a line for the member who left; the group page says they left.
        mvc.perform(get("/savings-groups/" + s.groupId() + "/meetings/new").with(user(s.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(". Member 0"),
                        not(containsString(". Member 1")))));
        mvc.perform(get("/savings-groups/" + s.groupId()).with(user(s.recorder()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Left on " + LocalDate.now(clock)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)))));
        // A form kept on a phone from before still has their line: shares for them are refused by that line.
        mvc.perform(meeting(s, LocalDate.now(clock), "lines[1].shares", "2").with(user(s.recorder())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("has left the group"), containsString("href=\"#lines[1].shares\""))));
        // Their savings stay in the share-out.
        var shareOut = groups.shareOut(s.recorder().actor(), s.groupId());
        assertThat(shareOut.payouts()).anyMatch(p -> p.memberId() == saver.id() && p.shares() == 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SavingsMember'"
                + " and changes -> 'leftOn' ->> 'new' = ? and entity_id = ?", Integer.class,
                LocalDate.now(clock).toString(), String.valueOf(saver.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'SavingsMember'"
                + " and action = 'DELETE' and entity_id = ?", Integer.class, String.valueOf(newcomer.id())))
                .isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions remove(Setting s, GroupMember member)
            throws Exception {
        var current = groups.view(s.recorder().actor(), s.groupId()).members().stream()
                .filter(m -> m.id() == member.id()).findFirst().orElseThrow();
        return mvc.perform(post("/savings-groups/" + s.groupId() + "/members/" + member.id()).with(user(s.recorder()))
                .with(csrf()).param("version", String.valueOf(current.version()))
                .param("number", String.valueOf(current.number())).param("name", current.name())
                .param("sex", current.sex().name()).param("role", current.role().name()).param("remove", "1"));
    }

    @Test
    void aCsoSupportingGroupsInTwoCurrenciesSeesTotalsPerCurrencyNeverAcross() throws Exception {
        var monitor = fixtures.memberOf(fixtures.organisation(OrganisationType.CSO).getId(), Role.CSO_MONITOR);
        var ugx = group(2, "UGX", monitor);
        var kes = group(2, "KES", monitor);
        mvc.perform(meeting(ugx, ugx.start().plusDays(7), "lines[0].shares", "5").with(user(ugx.recorder())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(meeting(kes, kes.start().plusDays(7), "lines[0].shares", "2", "lines[1].shares", "1")
                .with(user(kes.recorder()))).andExpect(status().is3xxRedirection());
        var figures = groups.programme(monitor.actor());
        assertThat(figures.currencies()).extracting(c -> c.currency()).containsExactly("KES", "UGX");
        assertThat(figures.in("UGX").total().savings()).isEqualByComparingTo("5000");
        assertThat(figures.in("KES").total().savings()).isEqualByComparingTo("3000");
        assertThat(figures.in("KES").total().currency()).isEqualTo("KES");
        mvc.perform(get("/savings-groups/programme").with(user(monitor))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("All groups in UGX"),
                        containsString("All groups in KES"), containsString("UGX\u00a05,000"),
                        containsString("KES\u00a03,000.00"), containsString("Savings by group (KES)"),
                        containsString("Savings by group (UGX)"), not(containsString("8,000")))));
        mvc.perform(get("/savings-groups/programme").with(user(monitor)).cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("5\u00a0000\u00a0UGX"), containsString("3\u00a0000,00\u00a0KES"))));
        var csv = mvc.perform(get("/savings-groups/programme.csv").with(user(monitor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("total,KES,", "total,UGX,", "sex:MALE,KES,", "sex:MALE,UGX,")
                .doesNotContain("total,,").doesNotContain("8000");
    }

    @Test
    void moneyIsWrittenAsTheReaderWritesItOnTheGroupPages() throws Exception {
        var s = group(2);
        mvc.perform(meeting(s, s.start().plusDays(7), "lines[0].shares", "5", "lines[0].socialFund", "true")
                .with(user(s.recorder()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/savings-groups/" + s.groupId()).with(user(s.recorder()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("UGX\u00a05,000"), not(containsString("5000.00")))));
        mvc.perform(get("/savings-groups/" + s.groupId()).with(user(s.recorder()))
                .cookie(new Cookie("ORE_PASS_LANG", "fr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("5\u00a0000\u00a0UGX")));
        mvc.perform(get("/savings-groups/" + s.groupId() + "/ledger").with(user(s.recorder()))
                .cookie(new Cookie("ORE_PASS_LANG", "sw"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("UGX\u00a05,000"), containsString("UGX\u00a0200"))));
    }
}
