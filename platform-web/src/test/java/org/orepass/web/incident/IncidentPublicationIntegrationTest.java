package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An anonymous description stays off the public pages until someone who verifies has read it and publishes it
 * (and may withhold it again); nobody else may decide, and a stale page changes nothing.
 */
@PlatformTest
class IncidentPublicationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    private long category(String code) {
        return jdbc.queryForObject("select id from incident_category where code = ?", Long.class, code);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from incident where id = ?", Long.class, id);
    }

    private boolean sensitive(long id) {
        return jdbc.queryForObject("select description_sensitive from incident where id = ?", Boolean.class, id);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder mark(SignedInUser who, long id, boolean sensitive, long version) {
        return post("/incidents/" + id + "/description").with(user(who)).with(csrf())
                .param("sensitive", String.valueOf(sensitive)).param("version", String.valueOf(version));
    }

    @Test
    void aDescriptionASignedInReporterWithheldStaysWithheld() throws Exception {
        var description = AccountFixtures.unique("The foreman named in this report fears for his family");
        var reporter = fixtures.signedIn(Role.CSO_MONITOR);
        mvc.perform(post("/incidents").with(user(reporter)).with(csrf())
                .param("categoryId", String.valueOf(category("ROADBLOCK"))).param("severity", "3")
                .param("occurredOn", LocalDate.now(clock).toString()).param("country", "CD")
                .param("division", "CD-NK").param("description", description).param("sensitive", "true"))
                .andExpect(status().is3xxRedirection());
        var id = jdbc.queryForObject("select id from incident where description = ?", Long.class, description);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        mvc.perform(mark(monitor, id, false, version(id))).andExpect(status().isForbidden());
        assertThat(sensitive(id)).isTrue();
        assertThat(page(get("/incidents/" + id).with(user(monitor))).getElementById("publication")).isNull();
    }

    @Test
    void aMonitorPublishesAnAnonymousDescriptionAfterReviewAndMayWithholdItAgain() throws Exception {
        var description = AccountFixtures.unique("The road barrier at the river charges every bag");
        var division = "CD-NK";
        mvc.perform(post("/report").with(csrf()).with(request -> {
                    request.setRemoteAddr("10.77." + (System.nanoTime() % 250) + "." + (System.nanoTime() / 7 % 250));
                    return request;
                })
                .param("categoryId", String.valueOf(category("ROADBLOCK"))).param("severity", "3")
                .param("occurredOn", LocalDate.now(clock).toString()).param("country", "CD")
                .param("division", division).param("description", description).param("website", ""))
                .andExpect(status().isOk());
        var id = jdbc.queryForObject("select id from incident where description = ?", Long.class, description);
        assertThat(sensitive(id)).as("anonymous descriptions arrive sensitive").isTrue();
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        move(monitor, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        var row = "/public/incidents?division=" + division;
        assertThat(page(get(row)).text()).doesNotContain(description);

        // Others may not decide: an auditor reads but does not verify (403); an operator does not see it (404).
        var stale = version(id);
        mvc.perform(mark(fixtures.signedIn(Role.AUDITOR), id, false, stale)).andExpect(status().isForbidden());
        mvc.perform(mark(fixtures.signedIn(Role.ADMIN), id, false, stale)).andExpect(status().isForbidden());
        mvc.perform(mark(fixtures.signedIn(Role.OPERATOR), id, false, stale)).andExpect(status().isForbidden());
        // An inspector may decide only in its jurisdiction (test inspectors hold Uganda; this is North Kivu).
        mvc.perform(mark(fixtures.signedIn(Role.INSPECTOR), id, false, stale))
                .andExpect(status().is4xxClientError());
        assertThat(sensitive(id)).isTrue();
        // The form is only on the pages of those who may decide.
        assertThat(page(get("/incidents/" + id).with(user(monitor))).getElementById("publication")).isNotNull();
        assertThat(page(get("/incidents/" + id).with(user(fixtures.signedIn(Role.AUDITOR))))
                .getElementById("publication")).isNull();

        mvc.perform(mark(monitor, id, false, version(id))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "incident.description.published-now"));
        assertThat(sensitive(id)).isFalse();
        assertThat(page(get(row)).text()).contains(description);
        assertThat(page(get("/incidents/" + id).with(user(monitor))).selectFirst("#publication button").text())
                .isEqualTo("Withhold this description from the public");

        // From a page opened before that change: refused, nothing changes.
        mvc.perform(mark(monitor, id, true, stale)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", org.orepass.web.support.Forms.STALE));
        assertThat(sensitive(id)).isFalse();

        mvc.perform(mark(monitor, id, true, version(id))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "incident.description.withheld-now"));
        assertThat(page(get(row)).text()).doesNotContain(description);
        // Audited like every change to an incident.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Incident' "
                + "and entity_id = ? and actor = ?", Long.class, String.valueOf(id), monitor.getUsername()))
                .isGreaterThanOrEqualTo(4);
    }
}
