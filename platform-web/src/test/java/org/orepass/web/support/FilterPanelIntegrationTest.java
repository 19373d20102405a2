package org.orepass.web.support;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 16: a list's filters fold away on arrival and open by themselves once they are in use. */
@PlatformTest
class FilterPanelIntegrationTest {

    private static final String CLOSED = "<details class=\"filter-panel\">";
    private static final String OPEN = "<details class=\"filter-panel\" open=\"open\">";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Test
    void theFiltersAreFoldedUntilOneIsUsedAndThenSayIt() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        mvc.perform(get("/incidents").with(user(monitor))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(CLOSED), containsString("Show filters"),
                        not(containsString("filters in use")))));
        mvc.perform(get("/incidents").param("severity", "1").with(user(monitor))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(OPEN), containsString("(filters in use)"))));
    }

    @Test
    void pagingSortingAndBlankFieldsAreNoFilters() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        mvc.perform(get("/sites").param("page", "0").param("division", " ").with(user(inspector)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(CLOSED)));
        mvc.perform(get("/public/dashboard").param("country", "CD").cookie(new Cookie("ORE_PASS_LANG", "sw")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(OPEN), containsString("Onyesha vichujio"),
                        containsString("(vichujio vinatumika)"))));
    }
}
