package org.orepass.web.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.orepass.web.testing.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors are pages in the layout and the user's language; nothing technical leaks. */
@PlatformTest
class ErrorPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void forbiddenPagesShowTheNotAllowedPageInTheUsersLanguage() throws Exception {
        var operator = fixtures.user(Role.OPERATOR);
        // The 403 page comes from the error dispatch, which MockMvc does not perform: use real HTTP.
        var web = new WebClient(port);
        assertThat(web.signIn(operator.getUsername(), AccountFixtures.PASSWORD).statusCode()).isEqualTo(302);
        var english = web.get("/admin/users");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("Not allowed", "class=\"site-header\"").doesNotContain("Exception");
        var french = web.get("/admin/users?lang=fr");
        assertThat(french.statusCode()).isEqualTo(403);
        assertThat(french.body()).contains("lang=\"fr\"");
        var missing = web.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("class=\"site-header\"");
    }

    @Test
    void unknownPagesGetA404PageWithoutTechnicalDetail() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        mvc.perform(get("/admin/users/123456789").with(user(admin)).accept("text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/admin/users").param("page", "abc").with(user(admin)).accept("text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
