package org.orepass.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.risk.CahraList;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/**
 * The CAHRA list loaded from a CSV file on /admin/cahra: bad lines refused with their numbers in the user's
 * language and nothing loaded; a good file loaded with its source and date; a newer file of the same source
 * replaces it; demo entries are labelled and replaced; only administrators. Its places are made-up South Sudanese
 * divisions, removed after each test, so other tests' flags never see them.
 */
@PlatformTest
class CahraListIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @AfterEach
    void removeTheTestPlaces() {
        jdbc.update("delete from cahra_area where country = 'SS'");
    }

    private ResultActions load(SignedInUser who, String csv, String source, String date, Locale locale)
            throws Exception {
        return mvc.perform(multipart("/admin/cahra/load")
                .file(new MockMultipartFile("file", "cahra.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("loadSource", source).param("loadListedOn", date).with(user(who)).with(csrf()).locale(locale));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String line(int number, String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(message("risk.cahra.load.line", locale, number, message(key, locale, args)),
                "UTF-8");
    }

    private List<String> places(String source) {
        return jdbc.queryForList("select coalesce(division, country) from cahra_area where source = ?"
                + " order by 1", String.class, source);
    }

    @Test
    void badLinesAreRefusedWithTheirNumbersInFrenchAndNothingIsLoadedThenAGoodFileLoadsAndANewerOneReplacesIt()
            throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var source = AccountFixtures.unique("EU indicative CAHRA list");
        var csv = "country,division\nSS,SS-X1\nXX,\nSS,UG-W\nSS,SS-X1\n\nSS,SS-X2,extra\nSS,SS-X3\n";
        load(admin, csv, source, "2026-10-01", Locale.FRENCH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(
                        message("risk.cahra.load.refused", Locale.FRENCH, 4), "UTF-8"))))
                .andExpect(content().string(containsString(line(3, "risk.cahra.load.country", Locale.FRENCH, "XX"))))
                .andExpect(content().string(containsString(line(4, "risk.cahra.load.division", Locale.FRENCH,
                        "UG-W", "SS"))))
                .andExpect(content().string(containsString(line(5, "risk.cahra.load.twice", Locale.FRENCH, 2))))
                .andExpect(content().string(containsString(line(7, "risk.cahra.load.columns", Locale.FRENCH))))
                .andExpect(content().string(containsString("value=\"" + source + "\"")));
        assertThat(places(source)).isEmpty();
        // A date in the future and no source are refused by their fields, in English.
        load(admin, "SS,SS-X1\n", "", "2999-01-01", Locale.ENGLISH).andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(
                        message("field.cahraLoadForm.loadSource", Locale.ENGLISH), "UTF-8"))));
        load(admin, "SS,SS-X1\n", source, "2999-01-01", Locale.ENGLISH).andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(
                        message("risk.cahra.listedOn.future", Locale.ENGLISH), "UTF-8"))))
                .andExpect(content().string(containsString("id=\"loadListedOn-error\"")));
        assertThat(places(source)).isEmpty();
        // Only administrators load.
        load(fixtures.signedIn(Role.EXPORTER), "SS,SS-X1\n", source, "2026-10-01", Locale.ENGLISH)
                .andExpect(status().isForbidden());
        load(fixtures.signedIn(Role.INSPECTOR), "SS,SS-X1\n", source, "2026-10-01", Locale.ENGLISH)
                .andExpect(status().isForbidden());

        // Lawful: a good file (with a byte-order mark and semicolons) loads with its source and date.
        load(admin, "\uFEFFcountry;division\r\nSS;SS-X1\r\n\"SS\";\"SS-X2\"\r\nss;ss-x3\r\n", source, "2026-10-01",
                Locale.ENGLISH).andExpect(status().is3xxRedirection());
        assertThat(places(source)).containsExactly("SS-X1", "SS-X2", "SS-X3");
        assertThat(jdbc.queryForList("select distinct listed_on::text from cahra_area where source = ?",
                String.class, source)).containsExactly("2026-10-01");
        // Another source's entry at a place this source also lists is kept; the newer edition of the same source
        // replaces the older (SS-X1 and SS-X3 drop out, SS-X4 comes in).
        jdbc.update("insert into cahra_area (country, division, source, listed_on, recorded_by, recorded_at)"
                + " values ('SS', 'SS-X5', 'UN Group of Experts', date '2026-06-30', 'admin', now())");
        load(admin, "SS,SS-X2\nSS,SS-X4\nSS,SS-X5\n", source, "2026-11-15", Locale.ENGLISH)
                .andExpect(status().is3xxRedirection());
        assertThat(places(source)).containsExactly("SS-X2", "SS-X4");
        assertThat(places("UN Group of Experts")).contains("SS-X5");
        mvc.perform(get("/admin/cahra").with(user(admin)))
                .andExpect(content().string(containsString(source)))
                .andExpect(content().string(not(containsString("id=\"cahra-demo\""))));
        // The audit trail has the removals and additions, by the administrator.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type like '%CahraArea'"
                + " and action = 'DELETE' and actor = ?", Integer.class, admin.getUsername())).isEqualTo(3);
    }

    @Test
    void demoEntriesAreLabelledAsDemoDataAndAnOfficialListReplacesThem() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        jdbc.update("insert into cahra_area (country, division, source, listed_on, recorded_by, recorded_at, demo)"
                + " values ('SS', 'SS-X7', ?, current_date, 'demo', now(), true)", CahraList.DEMO_SOURCE);
        mvc.perform(get("/admin/cahra").with(user(admin)).locale(Locale.forLanguageTag("sw")))
                .andExpect(content().string(containsString("id=\"cahra-demo\"")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(
                        message("risk.cahra.demo.label", Locale.forLanguageTag("sw")), "UTF-8"))));
        var source = AccountFixtures.unique("National CAHRA list");
        load(admin, "SS,SS-X8\n", source, "2026-09-01", Locale.ENGLISH).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from cahra_area where demo", Integer.class)).isZero();
        assertThat(places(source)).containsExactly("SS-X8");
    }
}
