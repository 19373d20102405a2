package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An incident's date must mean something (from 1990-01-01 to tomorrow), and the dashboards survive whatever is
 * already stored: an incident dated 0001-01-01 or 9999-12-31 written straight into the table (issue 15).
 */
@PlatformTest
class IncidentDateRangeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private long category() {
        return jdbc.queryForObject("select id from incident_category where code = 'INJURY'", Long.class);
    }

    @Test
    void aDateBefore1990IsRefusedNextToTheFieldOnTheReportForms() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var before = jdbc.queryForObject("select count(*) from incident", Long.class);
        mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                .param("categoryId", String.valueOf(category())).param("severity", "2")
                .param("occurredOn", "0001-01-01").param("country", "UG").param("division", "UG-W")
                .param("description", "A date nobody meant"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(
                        "Enter a date from 1990-01-01 to")));
        mvc.perform(post("/report").with(csrf()).param("categoryId", String.valueOf(category()))
                .param("severity", "2").param("occurredOn", "1989-12-31").param("country", "UG")
                .param("division", "UG-W").param("description", "An anonymous date nobody meant"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(
                        "Enter a date from 1990-01-01 to")));
        assertThat(jdbc.queryForObject("select count(*) from incident", Long.class)).isEqualTo(before);
    }

    @Test
    void theDashboardsSurviveAnyDateAlreadyStored() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var early = verified(monitor);
        var late = verified(monitor);
        try {
            jdbc.update("update incident set occurred_on = '0001-01-01' where id = ?", early);
            jdbc.update("update incident set occurred_on = '9999-12-31' where id = ?", late);
            for (var path : new String[] {"/incidents/dashboard", "/incidents/dashboard.csv", "/incidents"}) {
                mvc.perform(get(path).with(user(monitor))).andExpect(status().isOk());
            }
            mvc.perform(get("/incidents/dashboard").with(user(monitor)).param("country", "LS"))
                    .andExpect(status().isOk());
            for (var path : new String[] {"/public/dashboard", "/public/dashboard.csv", "/public/incidents"}) {
                mvc.perform(get(path)).andExpect(status().isOk());
            }
            mvc.perform(get("/incidents/" + early).with(user(monitor))).andExpect(status().isOk());
        } finally {
            jdbc.update("update incident set occurred_on = '2020-01-01' where id in (?, ?)", early, late);
        }
    }

    private long verified(SignedInUser monitor) throws Exception {
        var location = mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                .param("categoryId", String.valueOf(category())).param("severity", "3")
                .param("occurredOn", "2020-01-01").param("country", "LS").param("division", "LS-A")
                .param("description", AccountFixtures.unique("Stored date case")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(location.substring("/incidents/".length()));
        for (var target : new String[] {"UNDER_VERIFICATION", "VERIFIED"}) {
            var version = jdbc.queryForObject("select version from incident where id = ?", Long.class, id);
            mvc.perform(post("/incidents/" + id + "/status").with(user(monitor)).with(csrf()).param("target", target)
                    .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        }
        return id;
    }
}
