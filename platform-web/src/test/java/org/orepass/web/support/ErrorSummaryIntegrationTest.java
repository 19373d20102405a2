package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After a failed submit (issue 16): the title starts with the error prefix in the reader's language, the summary is
 * focused without script, and lists each field once, in the order of the form.
 */
@PlatformTest
class ErrorSummaryIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;

    @Test
    void aFailedSubmitNamesTheErrorInTheTitleAndListsEachFieldOnceInFormOrder() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        // A blank name too long: two errors on one field. Type and country missing.
        var html = mvc.perform(post("/admin/organisations").with(user(admin)).with(csrf())
                        .header("Accept-Language", "fr").param("name", " ".repeat(201)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Erreur : ");
        var summary = html.substring(html.indexOf("class=\"error-summary\""), html.indexOf("</ul>",
                html.indexOf("class=\"error-summary\"")));
        assertThat(summary).contains("autofocus");
        assertThat(summary.split("href=\"#name\"", -1)).as("the name listed once").hasSize(2);
        assertThat(summary.indexOf("href=\"#name\"")).isLessThan(summary.indexOf("href=\"#type\""));
        assertThat(summary.indexOf("href=\"#type\"")).isLessThan(summary.indexOf("href=\"#country\""));
    }

    @Test
    void aPageWithoutErrorsKeepsItsTitle() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var html = mvc.perform(get("/admin/organisations/new").with(user(admin)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<title>Error:").doesNotContain("class=\"error-summary\"");
    }
}
