package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** People without an account find the anonymous report form and the public dashboard from the pages they reach. */
@PlatformTest
class IncidentPublicLinksIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void theLoginPageAndTheSignedOutHeaderLinkToReportingAndThePublicDashboard() throws Exception {
        var login = page(get("/login"));
        var waysIn = login.getElementById("public-ways-in");
        assertThat(waysIn).isNotNull();
        assertThat(waysIn.select("a").eachAttr("href")).containsExactly("/report", "/public/dashboard");
        assertThat(waysIn.selectFirst("a[href=/report]").text()).isEqualTo("Report an incident anonymously");
        var header = login.selectFirst("header #public-nav");
        assertThat(header).isNotNull();
        assertThat(header.attr("aria-label")).isEqualTo("Without an account");
        assertThat(header.select("a").eachAttr("href")).containsExactly("/report", "/public/dashboard", "/login");

        // The links lead somewhere a signed-out visitor may go, and the header follows them there.
        for (var href : new String[] {"/report", "/public/dashboard"}) {
            var target = page(get(href));
            assertThat(target.select("header #public-nav a[href=/report]")).as(href).hasSize(1);
        }

        // In the visitor's language.
        assertThat(page(get("/login").param("lang", "fr")).selectFirst("#public-ways-in a[href=/report]").text())
                .isEqualTo("Signaler un incident anonymement");
        assertThat(page(get("/login").param("lang", "sw")).selectFirst("header #public-nav a[href=/public/dashboard]")
                .text()).isEqualTo("Matukio yaliyothibitishwa"); // short in the header (issue 16: 160 px)
        assertThat(page(get("/login").param("lang", "es")).selectFirst("#public-ways-in h2").text())
                .isEqualTo("¿No tiene cuenta?");
    }

    @Test
    void signedInPagesDoNotShowTheSignedOutLinks() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var home = page(get("/incidents").with(user(monitor)));
        assertThat(home.getElementById("public-nav")).isNull();
        assertThat(home.selectFirst("nav.main-nav a[href=/incidents]")).isNotNull();
    }
}
