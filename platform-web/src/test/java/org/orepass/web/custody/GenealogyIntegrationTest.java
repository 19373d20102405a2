package org.orepass.web.custody;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Genealogy against PostgreSQL: two production lots at two sites, bought by an exporter and combined; the trace
 * back gives each site its share by mass, the trace forward reaches the combination, and a site turning red shows.
 */
@PlatformTest
class GenealogyIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    SignedInUser inspector;
    SignedInUser producer;
    SignedInUser exporter;
    long siteA;
    long siteB;
    long lotA;
    long lotB;
    long combination;

    @BeforeEach
    void chain() throws Exception {
        inspector = fixtures.signedIn(Role.INSPECTOR);
        producer = fixtures.signedIn(Role.OPERATOR);
        exporter = fixtures.signedIn(Role.EXPORTER);
        siteA = site();
        siteB = site();
        lotA = produce(siteA, "60");
        lotB = produce(siteB, "40");
        long boughtA = buy(lotA, "60");
        long boughtB = buy(lotB, "40");
        // Combination is recorded by its own use case; here the rows it leaves are written directly.
        combination = jdbc.queryForObject("""
                insert into lot (lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, registered_by, registered_at)
                values (?, ?, 'EXPORTER', 'COMBINATION', 'CASSITERITE', 100, 'KGM', 100, 100, 'test', now())
                returning id""", Long.class, "C-" + System.nanoTime(), exporter.organisationId());
        for (long input : new long[] {boughtA, boughtB}) {
            jdbc.update("insert into lot_input (lot_id, input_lot_id, mass_kg)"
                    + " select ?, id, remaining_kg from lot where id = ?", combination, input);
            jdbc.update("update lot set remaining_kg = 0 where id = ?", input);
        }
    }

    private long site() throws Exception {
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Genealogy pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(producer.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", id);
        return id;
    }

    private long produce(long siteId, String kg) throws Exception {
        var prefix = ("G" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer)).with(csrf())
                        .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                        .param("mass", kg).param("unit", "KGM")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    private long buy(long lotId, String kg) throws Exception {
        mvc.perform(post("/lots/" + lotId + "/sales").with(user(producer)).with(csrf())
                        .param("buyerId", String.valueOf(exporter.organisationId())).param("massKg", kg)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from lot where id = ?", Long.class, lotId))))
                .andExpect(status().is3xxRedirection());
        long transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
        var bought = mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(exporter)).with(csrf())
                        .param("massKg", kg))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(bought.substring("/lots/".length()));
    }

    @Test
    void theTraceBackGivesEachSiteItsShareByMass() throws Exception {
        mvc.perform(get("/lots/" + combination + "/genealogy").param("direction", "back").with(user(exporter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clean").value(true))
                .andExpect(jsonPath("$.origins.length()").value(2))
                .andExpect(jsonPath("$.origins[0].siteId").value(siteA))
                .andExpect(jsonPath("$.origins[0].share").value(0.6))
                .andExpect(jsonPath("$.origins[0].massKg").value(60.0))
                .andExpect(jsonPath("$.origins[1].siteId").value(siteB))
                .andExpect(jsonPath("$.origins[1].share").value(0.4))
                .andExpect(jsonPath("$.upstream.length()").value(5))
                .andExpect(jsonPath("$.upstream[0].lotId").value(combination))
                .andExpect(jsonPath("$.upstream[0].depth").value(0))
                .andExpect(jsonPath("$.upstream[?(@.lotId == " + lotA + ")].depth").value(2))
                .andExpect(jsonPath("$.downstream").doesNotExist());
        var siteName = jdbc.queryForObject("select name from mine_site where id = ?", String.class, siteA);
        mvc.perform(get("/lots/" + combination).with(user(exporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(siteName)))
                .andExpect(content().string(containsString("60%")))
                // The producer's lot is named in the tree but not linked: the exporter may not open it.
                .andExpect(content().string(containsString(jdbc.queryForObject(
                        "select lot_number from lot where id = ?", String.class, lotA))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/lots/" + lotA + "\""))));
        mvc.perform(get("/lots/" + combination).with(user(inspector)))
                .andExpect(content().string(containsString("/lots/" + lotA + "\"")));
    }

    @Test
    void theTraceForwardReachesTheCombinationForThoseWhoReadEveryLot() throws Exception {
        mvc.perform(get("/lots/" + lotA + "/genealogy").with(user(inspector)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.downstream.length()").value(3))
                .andExpect(jsonPath("$.downstream[?(@.lotId == " + combination + ")].depth").value(2));
        // The producer sees its own lot's origin, not who its buyer sold to.
        mvc.perform(get("/lots/" + lotA + "/genealogy").with(user(producer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origins[0].siteId").value(siteA))
                .andExpect(jsonPath("$.downstream").doesNotExist());
    }

    @Test
    void aSiteTurningRedShowsInTheTraceOfEveryLotMadeFromIt() throws Exception {
        jdbc.update("update mine_site set status = 'RED', status_since = current_date where id = ?", siteB);
        mvc.perform(get("/lots/" + combination + "/genealogy").with(user(exporter)))
                .andExpect(jsonPath("$.clean").value(false))
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].kind").value("RED_SITE"))
                .andExpect(jsonPath("$.problems[0].lotId").value(lotB))
                .andExpect(jsonPath("$.origins[1].statusToday").value("RED"));
        mvc.perform(get("/lots/" + combination).with(user(exporter)).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("Site minier rouge aujourd’hui")));
    }

    @Test
    void nobodyElseLearnsTheLotExists() throws Exception {
        var stranger = fixtures.signedIn(Role.EXPORTER);
        mvc.perform(get("/lots/" + combination + "/genealogy").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/lots/999999999/genealogy").with(user(inspector))).andExpect(status().isNotFound());
    }

    @Test
    void anExporterReadsTheSitesItsMineralsCameFromAndNoOthers() throws Exception {
        mvc.perform(get("/sites/" + siteA).with(user(exporter))).andExpect(status().isOk());
        var stranger = fixtures.signedIn(Role.EXPORTER);
        mvc.perform(get("/sites/" + siteA).with(user(stranger))).andExpect(status().isNotFound());
        // Sourcing gives the site's page, not the registry: the list stays empty for an exporter.
        mvc.perform(get("/sites").with(user(exporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/sites/" + siteA + "\""))));
    }

    @Test
    void aPurchaseWeighedBeyondTheToleranceShowsInTheTrace() throws Exception {
        long lot = produce(siteA, "50");
        mvc.perform(post("/lots/" + lot + "/sales").with(user(producer)).with(csrf())
                        .param("buyerId", String.valueOf(exporter.organisationId())).param("massKg", "50")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lot);
        var bought = mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(exporter)).with(csrf())
                        .param("massKg", "45"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(bought + "/genealogy").with(user(exporter)))
                .andExpect(jsonPath("$.problems[0].kind").value("WEIGHT_DIFFERENCE"));
    }
}
