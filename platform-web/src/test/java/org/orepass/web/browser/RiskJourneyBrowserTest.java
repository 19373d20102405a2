package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.orepass.account.PasswordHasher;
import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserDetails;
import org.orepass.custody.TagIssuing;
import org.orepass.organisation.Organisations;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With JavaScript off, an exporter assesses a supplier whose mine site has a verified armed-group incident (level
 * 1): the flag links to the incident, "continue" and "continue while mitigating" are refused, it suspends while
 * mitigating with a plan, a colleague signs the decision off, and the yearly report shows the risk, the step and the
 * plan.
 */
@PlatformTest
class RiskJourneyBrowserTest extends JourneyPages {


    @Autowired
    AccountFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Organisations organisations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    TransactionTemplate transaction;


    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.startWithoutJavaScript();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anExporterIsRefusedContinueForASupplierWithAnArmedGroupIncidentAndSuspendsWithAPlan() throws Exception {
        // The setting, through the pages as other users: a cooperative's green tin site, a lot the exporter bought
        // from it, and a verified armed-group incident of level 1 at the site.
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var cooperative = fixtures.signedIn(Role.OPERATOR);
        var exporterAccount = fixtures.user(Role.EXPORTER);
        var exporter = fixtures.signedIn(exporterAccount);
        var colleague = colleague(exporter);
        var siteName = AccountFixtures.unique("Bisie tin pit");
        long siteId = site(inspector, cooperative, siteName);
        long lot = produce(inspector, cooperative, siteId);
        buy(cooperative, exporter, lot);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        long incident = verifiedArmedGroupIncident(monitor, inspector, siteId);
        var supplierName = cooperative.organisationName();

        // The exporter starts an assessment of the supplier: the incident is a red flag with its evidence link.
        signIn(exporterAccount.getUsername());
        open("/risk/assessments/new");
        new Select(browser.findElement(By.id("subjectKind"))).selectByValue("SUPPLIER");
        new Select(browser.findElement(By.id("supplierId")))
                .selectByValue(String.valueOf(cooperative.organisationId()));
        submit("main form button[type=submit]");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(supplierName);
        assertThat(browser.findElements(By.cssSelector(".red-flags a[href='/incidents/" + incident + "']")))
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".red-flags")).getText()).contains(siteName);

        // Saved with the flag: the armed-group risk is computed high.
        submit("form[action$='/risk/assessments/" + assessmentId() + "'] button[type=submit]");
        long id = assessmentId();
        assertThat(jdbc.queryForObject("select levels from risk_assessment where id = ?", String.class, id))
                .contains("NON_STATE_ARMED_GROUPS=HIGH");

        // "Continue" and "continue while mitigating" are refused by the decision field, naming the risk.
        for (var refused : new String[] {"CONTINUE", "CONTINUE_MITIGATING"}) {
            decide(refused);
            assertThat(browser.findElement(By.id("decision-error")).getText())
                    .contains("Support to non-state armed groups");
            assertThat(browser.findElement(By.cssSelector(".error-summary")).isDisplayed()).isTrue();
        }
        assertThat(Browser.screenshot(browser, "risk-continue-refused")).exists();

        // Suspend while mitigating: it waits for a second person, and the plan can be adopted.
        decide("SUSPEND_MITIGATING");
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class,
                id)).isEqualTo("PENDING_SIGN_OFF");
        type("measures", "Stop buying from the Bisie pit until the armed group leaves; buy only tagged ore from"
                + " the cooperative's other sites");
        type("responsible", "Amina Nakato, compliance officer");
        type("indicators", "Monthly CSO visit reports; no armed presence at the pit for three months");
        submit("form[action$='/plan'] button[type=submit]");
        assertThat(jdbc.queryForObject("select count(*) from risk_mitigation_plan where assessment_id = ?",
                Integer.class, id)).isEqualTo(1);
        signOut();

        // A colleague signs the decision off; from then on it takes effect.
        signIn(colleague.getUsername());
        open("/risk/assessments/" + id);
        submit("form[action$='/sign-off'] button[type=submit]");
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class,
                id)).isEqualTo("EFFECTIVE");

        // The yearly report shows the risk, the step taken and the plan.
        open("/risk/report");
        var report = browser.findElement(By.tagName("main")).getText();
        var year = String.valueOf(LocalDate.now(clock).getYear());
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(", " + year);
        assertThat(report).contains(supplierName).contains("Support to non-state armed groups: High")
                .contains("Suspend while mitigating").contains("Stop buying from the Bisie pit");
        assertThat(Browser.screenshot(browser, "risk-report")).exists();
    }

    private long assessmentId() {
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/risk/assessments/(\\d+).*", "$1"));
    }

    private void decide(String decision) {
        new Select(browser.findElement(By.id("decision"))).selectByValue(decision);
        submit("form[action$='/decision'] button[type=submit]");
    }

    private long site(SignedInUser inspector, SignedInUser owner, String name) throws Exception {
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", name).param("country", "UG").param("division", "UG-W")
                        .param("locality", "Kisoro").param("latitude", "-1.2833").param("longitude", "29.6947")
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
        var prefix = ("K" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer)).with(csrf())
                        .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                        .param("mass", "80").param("unit", "KGM")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    private void buy(SignedInUser seller, SignedInUser buyer, long lotId) throws Exception {
        mvc.perform(post("/lots/" + lotId + "/sales").with(user(seller)).with(csrf())
                .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", "80")
                .param("version", String.valueOf(jdbc.queryForObject("select version from lot where id = ?",
                        Long.class, lotId)))).andExpect(status().is3xxRedirection());
        var transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
        mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(buyer)).with(csrf())
                .param("massKg", "80")).andExpect(status().is3xxRedirection());
    }

    private long verifiedArmedGroupIncident(SignedInUser monitor, SignedInUser inspector, long siteId)
            throws Exception {
        long category = jdbc.queryForObject("select id from incident_category where code = 'ARMED_CONTROL'",
                Long.class);
        var location = mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .param("categoryId", String.valueOf(category)).param("severity", "1")
                        .param("occurredOn", LocalDate.now(clock).minusDays(3).toString())
                        .param("description", "An armed group controls the pit and levies a tax on every bag")
                        .param("affectedMen", "30").param("siteId", String.valueOf(siteId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/incidents/".length()));
        move(inspector, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        return id;
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from incident where id = ?", Long.class, id)))
                        .param("reason", "Checked with the cooperative and the local authority"))
                .andExpect(status().is3xxRedirection());
    }

    /** Another trader of the exporter's organisation, for the second person's sign-off. */
    private UserAccount colleague(SignedInUser of) {
        return transaction.execute(status -> {
            var organisation = organisations.findById(of.organisationId()).orElseThrow();
            var username = AccountFixtures.unique("colleague").toLowerCase(Locale.ROOT);
            var details = new UserDetails(username, "Test " + username, null, organisation.getId(),
                    Set.of(Role.EXPORTER), null, Set.of(), null);
            return accounts.add(UserAccount.open(details, organisation, hasher.hash(AccountFixtures.PASSWORD), false,
                    clock.instant()));
        });
    }
}
