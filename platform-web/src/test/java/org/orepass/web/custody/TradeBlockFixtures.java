package org.orepass.web.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the trade-block tests need, made through the pages: a site owned by an organisation, lots produced there on
 * a given day, inspections that turn the site red (an armed group, a critical RCM criterion) or green again, and a
 * verified level-1 armed-group incident that opens a site review, cleared by the site's inspector. Not a bean (see
 * ExportFixtures).
 */
public class TradeBlockFixtures {

    private final MockMvc mvc;
    private final AccountFixtures fixtures;
    private final JdbcTemplate jdbc;

    public TradeBlockFixtures(MockMvc mvc, AccountFixtures fixtures, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** A registered cassiterite site in Uganda owned by {@code owner}'s organisation, green since today. */
    public long site(SignedInUser inspector, SignedInUser owner) throws Exception {
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Blocked pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(owner.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(site.substring("/sites/".length()));
        // As the other custody fixtures: green without an inspection of its own, so that tests inspect on the days
        // they choose.
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", id);
        return id;
    }

    /** A cassiterite production lot of {@code kg} produced on {@code on} by {@code producer}. */
    public long produce(SignedInUser inspector, SignedInUser producer, long siteId, String kg, LocalDate on)
            throws Exception {
        var lot = tryProduce(inspector, producer, siteId, kg, on).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    /** The production form posted with a new tag of the site, whatever the answer. */
    public ResultActions tryProduce(SignedInUser inspector, SignedInUser producer, long siteId, String kg,
            LocalDate on) throws Exception {
        var prefix = ("B" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        return mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer)).with(csrf())
                .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                .param("mass", kg).param("unit", "KGM").param("concentration", "60")
                .param("productionDate", on.toString()));
    }

    /** An inspection on {@code on} that finds an armed group at the site (critical criterion: red). */
    public void inspectRed(SignedInUser inspector, long siteId, LocalDate on) throws Exception {
        inspect(inspector, siteId, on, true);
        assertThat(siteStatus(siteId)).isEqualTo("RED");
    }

    /** An inspection on {@code on} that finds nothing wrong (green). */
    public void inspectGreen(SignedInUser inspector, long siteId, LocalDate on) throws Exception {
        inspect(inspector, siteId, on, false);
        assertThat(siteStatus(siteId)).isEqualTo("GREEN");
    }

    private void inspect(SignedInUser inspector, long siteId, LocalDate on, boolean armedGroup) throws Exception {
        var request = post("/sites/" + siteId + "/inspections").with(user(inspector)).with(csrf())
                .param("inspectedOn", on.toString()).param("purpose", "Routine RCM inspection")
                .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("workersMen", "30");
        if (armedGroup) {
            request.param("armedGroups", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String siteStatus(long siteId) {
        return jdbc.queryForObject("select status from mine_site where id = ?", String.class, siteId);
    }

    /** A level-1 armed-group incident at the site, verified: the site is under review. Returns the incident. */
    public long verifiedArmedGroupIncident(SignedInUser inspector, long siteId, LocalDate occurredOn)
            throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        long category = jdbc.queryForObject("select id from incident_category where code = 'ARMED_CONTROL'",
                Long.class);
        var location = mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .param("categoryId", String.valueOf(category)).param("severity", "1")
                        .param("occurredOn", occurredOn.toString())
                        .param("description", "An armed group collects a levy at the pit").param("affectedMen", "3")
                        .param("siteId", String.valueOf(siteId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/incidents/".length()));
        move(inspector, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        assertThat(jdbc.queryForObject("select count(*) from site_review where incident_id = ? and cleared_at is null",
                Long.class, id)).isOne();
        return id;
    }

    /** The site's inspector clears the review the incident opened. */
    public void clearReview(SignedInUser inspector, long siteId, long incidentId) throws Exception {
        long review = jdbc.queryForObject("select id from site_review where incident_id = ?", Long.class, incidentId);
        mvc.perform(post("/incidents/site-reviews/" + review + "/clear").with(user(inspector)).with(csrf())
                        .param("site", String.valueOf(siteId))
                        .param("note", "Armed group left; checked on a visit with the police"))
                .andExpect(status().is3xxRedirection());
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from incident where id = ?", Long.class, id)))
                        .param("reason", "checked"))
                .andExpect(status().is3xxRedirection());
    }

    /** The sell form: {@code kg} of the lot to the buyer's organisation, with the lot's current version. */
    public ResultActions sell(SignedInUser seller, SignedInUser buyer, long lotId, String kg) throws Exception {
        return mvc.perform(post("/lots/" + lotId + "/sales").with(user(seller)).with(csrf())
                .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", kg)
                .param("version", String.valueOf(lotVersion(lotId))));
    }

    /** The buyer confirms receipt of the lot's latest transfer with the mass sent. */
    public ResultActions receive(SignedInUser buyer, long transferId, String kg) throws Exception {
        return mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(buyer)).with(csrf())
                .param("massKg", kg));
    }

    public long lastTransferOf(long lotId) {
        return jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
    }

    public long lotVersion(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    public String lotNumber(long lotId) {
        return jdbc.queryForObject("select lot_number from lot where id = ?", String.class, lotId);
    }

    public String siteName(long siteId) {
        return jdbc.queryForObject("select name from mine_site where id = ?", String.class, siteId);
    }
}
