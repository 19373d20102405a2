package org.orepass.web.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.alert.AlertKind;
import org.orepass.alert.AlertScan;
import org.orepass.alert.Alerting;
import org.orepass.alert.MailDelivery;
import org.orepass.alert.internal.AlertRecipients;
import org.orepass.alert.internal.MailOutbox;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 21: alerts reach the right people by e-mail, through a real SMTP conversation with a server inside the
 * test, from a queue that survives a restart and never sends a mail twice; the same events show on the platform.
 */
@PlatformTest
class AlertIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    MailOutbox outbox;

    @Autowired
    Alerting alerting;

    @Autowired
    AlertScan scan;

    @Autowired
    AlertRecipients recipients;

    private static final List<String> FACTS = List.of("Exporter", "TIN");

    private TestSmtpServer smtp;

    @BeforeEach
    void startServer() throws Exception {
        smtp = new TestSmtpServer();
    }

    @AfterEach
    void stop() throws Exception {
        smtp.close();
        clock.reset();
    }

    /** A delivery as a freshly started node would build it, speaking SMTP to the test's server. */
    private MailDelivery delivery() {
        var env = new MockEnvironment().withProperty("spring.mail.host", "127.0.0.1")
                .withProperty("spring.mail.port", String.valueOf(smtp.port()))
                .withProperty("orepass.mail.from", "alerts@orepass.test");
        return new MailDelivery(outbox, new SpringMailSender(new MailSettings(env)), clock);
    }

    private String withEmail(SignedInUser who) {
        var address = who.username() + "@example.test";
        jdbc.update("update user_account set email = ? where id = ?", address, who.id());
        return address;
    }

    private long site(SignedInUser inspector, SignedInUser owner) throws Exception {
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Alert pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("locationConfirmed", "true")
                        .param("minerals", "CASSITERITE").param("activityStatus", "ACTIVE")
                        .param("miningType", "ARTISANAL").param("formalisationStage", "LICENSED")
                        .param("licenceType", "ARTISANAL_PERMIT").param("licenceNumber", "AP-" + System.nanoTime())
                        .param("workersMen", "40").param("workersWomen", "12")
                        .param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(owner.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", id);
        return id;
    }

    private long produce(SignedInUser inspector, SignedInUser producer, long siteId) throws Exception {
        var prefix = ("A" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer))
                        .with(csrf()).param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                        .param("mass", "100").param("unit", "KGM")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    /** Sold whole with a cash payment and received: the buyer's new lot. */
    private long sell(SignedInUser seller, SignedInUser buyer, long lotId) throws Exception {
        var version = jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
        mvc.perform(post("/lots/" + lotId + "/sales").with(user(seller)).with(csrf())
                .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", "100")
                .param("paymentMethod", "CASH").param("paymentAmount", "1000").param("paymentCurrency", "USD")
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        var transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
        var lot = mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(buyer)).with(csrf())
                        .param("massKg", "100"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    private ResultActions move(SignedInUser who, long id, String target) throws Exception {
        var version = jdbc.queryForObject("select version from incident where id = ?", Long.class, id);
        return mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf())
                .param("target", target).param("version", String.valueOf(version)).param("reason", "checked"));
    }

    private long reportForcedLabour(SignedInUser inspector, long siteId) throws Exception {
        var category = jdbc.queryForObject("select id from incident_category where code = 'FORCED_LABOUR'",
                Long.class);
        var location = mvc.perform(post("/incidents").with(user(inspector)).with(csrf())
                        .param("categoryId", String.valueOf(category)).param("severity", "1")
                        .param("occurredOn", LocalDate.now(clock).minusDays(2).toString())
                        .param("description", AccountFixtures.unique("People kept at the pit against their will"))
                        .param("siteId", String.valueOf(siteId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/incidents/".length()));
    }

    private List<String> queuedFor(String eventKeyPart) {
        return jdbc.queryForList("select recipient from mail_outbox where event_key like ? order by recipient",
                String.class, "%" + eventKeyPart + "%");
    }

    @Test
    void aVerifiedGraveIncidentReachesTheCurrentHoldersOfTheSitesLotsOnlyInTheirLanguage() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var holder = fixtures.signedIn(Role.EXPORTER);
        var holderColleague = fixtures.colleague(holder, Role.OPERATOR);
        var soldOn = fixtures.signedIn(Role.EXPORTER);
        var nextHolder = fixtures.signedIn(Role.EXPORTER);
        var outsider = fixtures.signedIn(Role.EXPORTER);
        var siteId = site(inspector, producer);
        var first = produce(inspector, producer, siteId);
        var second = produce(inspector, producer, siteId);
        sell(producer, holder, first);
        var soldOnLot = sell(producer, soldOn, second);
        sell(soldOn, nextHolder, soldOnLot);
        var holderMail = withEmail(holder);
        var colleagueMail = withEmail(holderColleague);
        var soldOnMail = withEmail(soldOn);
        var nextMail = withEmail(nextHolder);
        var outsiderMail = withEmail(outsider);
        var producerMail = withEmail(producer);
        withEmail(inspector);

        // The next holder wants French mails; the colleague turns this kind of mail off (keeps the list).
        mvc.perform(post("/alerts").with(user(nextHolder)).with(csrf()).param("version", "-1")
                        .param("language", "fr").param("kinds", "INCIDENT_AT_ORIGIN", "ASSESSMENT_TO_SIGN_OFF",
                                "PLAN_REVIEW_DUE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/alerts").with(user(holderColleague)).with(csrf()).param("version", "-1")
                .param("language", "")).andExpect(status().is3xxRedirection());
        // A language nobody offers is refused by the field, the page answers, nothing is saved.
        mvc.perform(post("/alerts").with(user(outsider)).with(csrf()).param("version", "-1").param("language", "de"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        assertThat(jdbc.queryForObject("select count(*) from alert_preference where user_id = ?", Long.class,
                outsider.id())).isZero();

        var incident = reportForcedLabour(inspector, siteId);
        move(inspector, incident, "UNDER_VERIFICATION").andExpect(status().is3xxRedirection());
        assertThat(queuedFor("incident:" + incident + ":")).isEmpty();
        move(inspector, incident, "VERIFIED").andExpect(status().is3xxRedirection());

        // Queued in the verifying transaction: the two current holders, not the one who sold on, not the
        // outsider, not the producer, not the colleague who turned it off.
        assertThat(queuedFor("incident:" + incident + ":")).containsExactlyInAnyOrder(holderMail, nextMail);
        assertThat(jdbc.queryForObject("select count(*) from alert_notice where user_id = ? and event_key like ?",
                Long.class, holderColleague.id(), "%incident:" + incident + ":%")).isEqualTo(1);

        delivery().deliverDue();
        assertThat(smtp.to(holderMail)).hasSize(1);
        assertThat(smtp.to(holderMail).get(0).subject()).startsWith("Serious incident confirmed at Alert pit");
        assertThat(smtp.to(holderMail).get(0).body()).contains("/sites/" + siteId).contains("/alerts");
        assertThat(smtp.to(nextMail)).hasSize(1);
        assertThat(smtp.to(nextMail).get(0).subject()).startsWith("Incident grave confirmé");
        for (var nobody : List.of(soldOnMail, outsiderMail, producerMail, colleagueMail)) {
            assertThat(smtp.to(nobody)).as(nobody).isEmpty();
        }
        // Delivered once: a second run finds nothing for them.
        delivery().deliverDue();
        assertThat(smtp.to(holderMail)).hasSize(1);
        assertThat(smtp.to(nextMail)).hasSize(1);

        // The same event on the platform: the alert list and the home page's work queue.
        mvc.perform(get("/alerts").with(user(holder)))
                .andExpect(content().string(containsString("/sites/" + siteId)));
        mvc.perform(get("/").with(user(holder))).andExpect(content().string(containsString("1 new alert")));
        mvc.perform(get("/alerts").with(user(soldOn)))
                .andExpect(content().string(not(containsString("/sites/" + siteId + "\""))));
        mvc.perform(post("/alerts/read").with(user(holder)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(user(holder))).andExpect(content().string(not(containsString("new alert"))));
    }

    @Test
    void theQueueSurvivesARestartRetriesRefusalsAndNeverSendsTwice() throws Exception {
        var people = List.of(fixtures.signedIn(Role.INSPECTOR), fixtures.signedIn(Role.INSPECTOR),
                fixtures.signedIn(Role.INSPECTOR));
        var addresses = people.stream().map(this::withEmail).toList();
        var to = addresses.stream().map(a -> recipients.byUsername(a.substring(0, a.indexOf('@'))).orElseThrow())
                .toList();
        var key = AccountFixtures.unique("restart");
        // A mail queued and sent by the first node.
        alerting.alert(AlertKind.SHIPMENT_TO_REVIEW, key + ":1", List.of(to.get(0)), FACTS, "/exports");
        assertThat(delivery().deliverDue()).isGreaterThanOrEqualTo(1);
        assertThat(smtp.to(addresses.get(0))).hasSize(1);
        // A second mail is claimed by a node that stops before the server answers, a third waits unsent.
        alerting.alert(AlertKind.SHIPMENT_TO_REVIEW, key + ":2", List.of(to.get(1)), FACTS, "/exports");
        var claimed = outbox.claimDue(50, clock.instant());
        assertThat(claimed).extracting(MailOutbox.Outgoing::recipient).contains(addresses.get(1));
        alerting.alert(AlertKind.SHIPMENT_TO_REVIEW, key + ":3", List.of(to.get(2)), FACTS, "/exports");
        // The same event again adds nothing.
        alerting.alert(AlertKind.SHIPMENT_TO_REVIEW, key + ":3", List.of(to.get(2)), FACTS, "/exports");

        // A restarted node (a new delivery over the same database), the server refusing once at first.
        clock.advance(Duration.ofMinutes(6));
        smtp.refuseNext.set(1);
        var restarted = delivery();
        restarted.deliverDue();
        assertThat(smtp.to(addresses.get(2))).isEmpty();
        assertThat(jdbc.queryForObject("select state from mail_outbox where event_key = ?", String.class,
                "SHIPMENT_TO_REVIEW:" + key + ":3")).isEqualTo("FAILED");
        restarted.deliverDue();
        assertThat(smtp.to(addresses.get(2))).as("not before its retry time").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        restarted.deliverDue();
        assertThat(smtp.to(addresses.get(2))).hasSize(1);
        // The first never again; the one whose node stopped mid-call is unconfirmed and never sent.
        assertThat(smtp.to(addresses.get(0))).hasSize(1);
        assertThat(smtp.to(addresses.get(1))).isEmpty();
        assertThat(jdbc.queryForObject("select state from mail_outbox where event_key = ?", String.class,
                "SHIPMENT_TO_REVIEW:" + key + ":2")).isEqualTo("UNCONFIRMED");
        delivery().deliverDue();
        assertThat(smtp.to(addresses.get(2))).hasSize(1);
        // The administrators' outbox page shows the queue; others may not see it.
        mvc.perform(get("/admin/outbox").with(user(fixtures.signedIn(Role.ADMIN))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(addresses.get(1))));
        mvc.perform(get("/admin/outbox").with(user(people.get(0)))).andExpect(status().isForbidden());
    }

    @Test
    void anOverdueIncidentAlertsThePlacesInspectorsAndMonitorsOnce() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var elsewhere = fixtures.inspectorOf("CD", java.util.Set.of());
        jdbc.update("update user_account set jurisdiction_country = 'CD' where id = ?", elsewhere.id());
        var producer = fixtures.signedIn(Role.OPERATOR);
        var siteId = site(inspector, producer);
        var incident = reportForcedLabour(inspector, siteId);
        move(inspector, incident, "UNDER_VERIFICATION");
        move(inspector, incident, "VERIFIED");
        var inspectorMail = withEmail(inspector);
        var elsewhereMail = withEmail(elsewhere);
        jdbc.update("update incident set review_due = ? where id = ?", LocalDate.now(clock).minusDays(1), incident);
        scan.scan();
        scan.scan();
        assertThat(queuedFor("OVERDUE_INCIDENT:incident:" + incident + ":")).contains(inspectorMail)
                .doesNotContain(elsewhereMail).doesNotHaveDuplicates();
    }
}
