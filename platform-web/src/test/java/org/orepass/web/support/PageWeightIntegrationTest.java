package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page, first load, HTML + CSS + JavaScript together at most 100 KB uncompressed (slow networks, cheap
 * phones), in every language, with no missing message.
 */
@PlatformTest
class PageWeightIntegrationTest {

    private static final int BUDGET = 100 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js))\"");
    private static final List<String> PAGES = List.of("/", "/admin/organisations", "/admin/organisations/new",
            "/admin/users", "/admin/users/new", "/profile", "/profile/password", "/audit", "/sites", "/sites/new",
            "/help");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Test
    void everyPageStaysWithinTheBudgetInEveryLanguage() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN, Role.INSPECTOR);
        var organisation = fixtures.organisation(org.orepass.organisation.OrganisationType.CSO);
        var pages = new java.util.ArrayList<>(PAGES);
        pages.add("/admin/organisations/" + organisation.getId());
        for (String language : List.of("en", "fr", "es", "sw")) {
            for (String page : pages) {
                var html = mvc.perform(get(page).param("lang", language).with(user(admin)))
                        .andReturn().getResponse().getContentAsString();
                assertThat(html).as("%s in %s", page, language).contains("lang=\"" + language + "\"")
                        .doesNotContain("??");
                long total = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                var assets = ASSET.matcher(html).results().map(m -> m.group(1)).distinct().toList();
                assertThat(assets).as("stylesheet linked").contains("/css/orepass.css");
                for (String asset : assets) {
                    total += mvc.perform(get(asset)).andReturn().getResponse().getContentAsByteArray().length;
                }
                assertThat(total).as("bytes of %s in %s", page, language).isLessThanOrEqualTo(BUDGET);
            }
        }
        var login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login.length()).isLessThan(BUDGET);
    }
}
