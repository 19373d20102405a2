package org.orepass.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16: one search box finds a site, lot, tag, certificate or incident by its number or name, grouped by kind,
 * each a link, only what the reader may open; {@code /lots} filters by lot and tag number.
 */
@PlatformTest
class SearchIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private String page(String url, SignedInUser who) throws Exception {
        return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String search(String q, SignedInUser who) throws Exception {
        return mvc.perform(get("/search").param("q", q).with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theHeaderCarriesTheSearchBoxForSignedInUsers() throws Exception {
        assertThat(page("/", fixtures.signedIn(Role.OPERATOR))).contains("role=\"search\"")
                .contains("action=\"/search\"").contains("name=\"q\"");
        assertThat(search("x", fixtures.signedIn(Role.OPERATOR))).contains("Type at least 2 letters or digits.");
    }

    @Test
    void sitesLotsAndTagsAreFoundByNameOrNumberByThoseWhoMaySeeThem() throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var seller = fixtures.signedIn(Role.OPERATOR);
        var stranger = fixtures.signedIn(Role.OPERATOR);
        var siteId = f.site(inspector, seller);
        var lotId = f.produce(inspector, seller, siteId, "100", LocalDate.now());
        var siteName = f.siteName(siteId);
        var icglrId = jdbc.queryForObject("select icglr_id from mine_site where id = ?", String.class, siteId);
        var lotNumber = f.lotNumber(lotId);
        var tagNumber = jdbc.queryForObject("select t.number from lot l join custody_tag t on t.id = l.tag_id"
                + " where l.id = ?", String.class, lotId);

        // A site by its name and by the start of its ICGLR id (any case), under "Mine sites", linked.
        assertThat(search(siteName, inspector)).contains("Mine sites").contains("href=\"/sites/" + siteId + "\"");
        assertThat(search(icglrId.substring(0, icglrId.length() - 2).toLowerCase(), inspector))
                .contains("href=\"/sites/" + siteId + "\"");

        // The lot by its number (its start is enough) for its holder; not for another organisation's operator.
        var holder = search(lotNumber.toLowerCase(), seller);
        assertThat(holder).contains("Lots").contains("href=\"/lots/" + lotId + "\"").contains(lotNumber);
        assertThat(search(lotNumber, stranger)).doesNotContain("/lots/" + lotId + "\"")
                .contains("Nothing you may see matches");

        // The tag: its lot for the holder (who does not read a site's tags), the tag itself for the inspector.
        var byTag = search(tagNumber, seller);
        assertThat(byTag).contains("href=\"/lots/" + lotId + "\"").doesNotContain("/sites/" + siteId + "/tags");
        var inspectorByTag = search(tagNumber, inspector);
        assertThat(inspectorByTag).contains("Tags").contains("href=\"/sites/" + siteId + "/tags\"")
                .contains("href=\"/lots/" + lotId + "\"");
        assertThat(search(tagNumber, stranger)).doesNotContain("/lots/" + lotId + "\"");

        // /lots filtered by lot number and by tag number, with the list's visibility.
        assertThat(page("/lots?lot=" + lotNumber.substring(0, lotNumber.length() - 1), seller))
                .contains("href=\"/lots/" + lotId + "\"");
        assertThat(page("/lots?tag=" + tagNumber.toLowerCase(), seller)).contains("href=\"/lots/" + lotId + "\"");
        assertThat(page("/lots?lot=" + lotNumber + "&tag=NO-SUCH-TAG", seller))
                .doesNotContain("href=\"/lots/" + lotId + "\"").contains("No lot you may see has such a number.");
        assertThat(page("/lots?lot=" + lotNumber, stranger)).doesNotContain("href=\"/lots/" + lotId + "\"")
                .contains("No lot you may see has such a number.");
    }

    @Test
    void anIncidentIsFoundByItsNumberByThoseWhoMayOpenIt() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        long category = jdbc.queryForObject("select min(id) from incident_category", Long.class);
        var location = mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .param("categoryId", String.valueOf(category)).param("severity", "3")
                        .param("occurredOn", LocalDate.now().toString()).param("country", "UG")
                        .param("description", "A pit wall fell in after the rain").param("affectedMen", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/incidents/".length()));
        assertThat(search("#" + id, monitor)).contains("Incidents").contains("href=\"/incidents/" + id + "\"");
        assertThat(search("# " + id, fixtures.signedIn(Role.AUDITOR)))
                .contains("href=\"/incidents/" + id + "\"");
        // An operator of another organisation may not open it, so does not find it.
        assertThat(search("#" + id, fixtures.signedIn(Role.OPERATOR))).doesNotContain("/incidents/" + id + "\"");
    }
}
