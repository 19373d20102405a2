package org.orepass.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.IssuedToken;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AccessTokenIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    TokenIssuing tokens;

    @Test
    void aTokenIsShownOnceAndAuthenticatesApiCallsUntilRevoked() throws Exception {
        var account = fixtures.user(Role.EXPORTER);
        var signedIn = fixtures.signedIn(Role.EXPORTER);
        var me = org.orepass.web.security.SignedInUser.of(account, false).withoutPassword();
        var created = mvc.perform(post("/profile/tokens").with(user(me)).with(csrf()).param("name", "scale sync"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        var session = created.getCookie("ORE_PASS_SESSION");
        assertThat(session).as("session cookie carrying the flash").isNotNull();
        var shownOnce = mvc.perform(get("/profile").with(user(me)).cookie(session))
                .andReturn().getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("id=\"issued-token\">([^<]+)<").matcher(shownOnce);
        assertThat(matcher.find()).as("token shown after creation").isTrue();
        var value = matcher.group(1);
        assertThat(value).startsWith("opt_").hasSizeGreaterThan(40);
        var tokenId = tokens.tokensOf(account.getUsername()).get(0).getId();
        var issued = new IssuedToken(tokenId, "scale sync", value);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(account.getUsername()))
                .andExpect(jsonPath("$.roles[0]").value("EXPORTER"));
        // Nobody else can revoke it.
        mvc.perform(post("/profile/tokens/" + issued.id() + "/revoke").with(user(signedIn)).with(csrf()));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.value()))
                .andExpect(status().isOk());

        mvc.perform(post("/profile/tokens/" + issued.id() + "/revoke").with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // The plain value is nowhere to be seen on the profile page afterwards.
        var page = mvc.perform(get("/profile").with(user(me)).cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("scale sync").doesNotContain(issued.value());
    }

    @Test
    void theApiAnswersJsonWith401And403() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        var cso = fixtures.user(Role.CSO_MONITOR);
        var token = tokens.issue(cso.getUsername(), "cso");
        mvc.perform(get("/api/v1/admin/organisations").header("Authorization", "Bearer " + token.value()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        var admin = fixtures.user(Role.ADMIN);
        var adminToken = tokens.issue(admin.getUsername(), "admin");
        mvc.perform(get("/api/v1/admin/organisations").param("limit", "2")
                        .header("Authorization", "Bearer " + adminToken.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pagination.page").value(1))
                .andExpect(jsonPath("$.pagination.limit").value(2));
    }

    @Test
    void tokenCallsNeedNoCsrfToken() throws Exception {
        var account = fixtures.user(Role.AUDITOR);
        var token = tokens.issue(account.getUsername(), "ci");
        // A POST on a GET-only resource: 405 proves it passed security without a CSRF token (which would be 403).
        mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + token.value()))
                .andExpect(status().isMethodNotAllowed());
    }
}
