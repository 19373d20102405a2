package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15: the layout's language bar and menu links are rendered once per language and role set and then kept
 * ({@link LayoutParts}). Kept parts must still give each role its own menu, each language its own words, and never
 * carry one user's name or token to another; and what is kept stays bounded.
 */
@PlatformTest
class LayoutPartsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    LayoutParts parts;

    @Test
    void eachRoleSetGetsItsOwnMenuAndEachUserTheirOwnNameAndToken() throws Exception {
        var firstAdmin = fixtures.signedIn(Role.ADMIN);
        var secondAdmin = fixtures.signedIn(Role.ADMIN);
        var exporter = fixtures.signedIn(Role.EXPORTER);
        var auditor = fixtures.signedIn(Role.AUDITOR);

        var first = page(firstAdmin, "en");
        var second = page(secondAdmin, "en");
        assertThat(first).contains("href=\"/admin/users\"", "href=\"/admin/cahra\"", "href=\"/sites\"")
                .contains(firstAdmin.fullName()).doesNotContain(secondAdmin.fullName());
        assertThat(second).contains("href=\"/admin/users\"").contains(secondAdmin.fullName())
                .doesNotContain(firstAdmin.fullName());
        assertThat(csrf(first)).isNotEqualTo(csrf(second));

        // An exporter who is nothing else has no site list and no administration; an auditor reads the audit trail.
        assertThat(page(exporter, "en")).contains("href=\"/exports\"").doesNotContain("href=\"/sites\"")
                .doesNotContain("href=\"/admin/users\"").doesNotContain("href=\"/audit\"");
        assertThat(page(auditor, "en")).contains("href=\"/audit\"").contains("href=\"/sites\"")
                .doesNotContain("href=\"/admin/users\"").doesNotContain("href=\"/offline\"");
        // The administrators' menu kept above is not what the exporter was shown, and the reverse.
        assertThat(page(firstAdmin, "en")).contains("href=\"/admin/users\"").contains("href=\"/sites\"");
    }

    @Test
    void eachLanguageGetsItsOwnWordsAndMarksItselfCurrent() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var english = page(inspector, "en");
        var french = page(inspector, "fr");
        var swahili = page(inspector, "sw");
        assertThat(english).contains(">Mine sites</a>").contains("hreflang=\"en\"\n           aria-current=\"true\"");
        assertThat(french).contains(">Sites miniers</a>").doesNotContain(">Mine sites</a>")
                .contains("hreflang=\"fr\"\n           aria-current=\"true\"");
        assertThat(swahili).doesNotContain(">Mine sites</a>").doesNotContain(">Sites miniers</a>")
                .contains("hreflang=\"sw\"\n           aria-current=\"true\"");
        // The menu's search box, kept too, speaks the page's language and stays a GET form without a token.
        assertThat(english).contains("action=\"/search\"").contains("placeholder=\"Site, lot, tag, certificate, incident\"");
        assertThat(french).contains(">Rechercher</label>").doesNotContain("placeholder=\"Site, lot, tag,");
        assertThat(swahili).contains(">Tafuta</label>").contains("placeholder=\"Eneo, mzigo, lebo, cheti, tukio\"");
        assertThat(swahili.substring(swahili.indexOf("class=\"header-search\""), swahili.indexOf("</form>",
                swahili.indexOf("class=\"header-search\"")))).contains("method=\"get\"").doesNotContain("_csrf");
        // An inspector works offline: that link is in the inspector's menu only.
        assertThat(english).contains("href=\"/offline\"");
    }

    @Test
    void signedOutVisitorsGetThePublicLinksAndWhatIsKeptStaysBounded() throws Exception {
        for (var language : new String[] {"en", "fr", "es", "sw", "de", "xx-made-up"}) {
            var page = mvc.perform(get("/login").param("lang", language)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).contains("id=\"public-nav\"").contains("href=\"/report\"")
                    .doesNotContain("href=\"/admin/users\"");
        }
        for (var role : Role.values()) {
            var who = fixtures.signedIn(role);
            for (var language : new String[] {"en", "fr", "es", "sw", "pt", "zz"}) {
                page(who, language);
            }
        }
        // Four parts x four languages x (signed out + one role set per role, member of an organisation or not).
        assertThat(parts.keptCount()).isLessThanOrEqualTo(4 * 4 * (1 + 2 * Role.values().length));
    }

    private String page(SignedInUser who, String language) throws Exception {
        return mvc.perform(get("/").param("lang", language).with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static String csrf(String page) {
        var at = page.indexOf("name=\"_csrf\" value=\"");
        assertThat(at).as("the sign-out form carries a token").isPositive();
        return page.substring(at, page.indexOf('"', at + 20));
    }
}
