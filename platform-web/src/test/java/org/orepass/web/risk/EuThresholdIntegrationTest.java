package org.orepass.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * ADMIN keeps the EU Annex I thresholds (/admin/eu-thresholds): a threshold added for the tantalum/niobium ores is
 * what the yearly report then compares an importer's coltan with; bad input, other roles and stale corrections are
 * refused; every change is in the audit trail.
 *
 * <p>The table is shared by every test of the JVM, and {@link RiskReportIntegrationTest} expects "no threshold on
 * record" for coltan: the codes added here are deleted after each test.
 */
@PlatformTest
class EuThresholdIntegrationTest {

    private static final String COLTAN = Mineral.COLTAN.hsCode();
    private static final String GOLD_ORE = Mineral.GOLD_ORE.hsCode();
    private static final String SOURCE = "Commission Delegated Regulation (EU) 2020/1588, Annex";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MessageSource messages;

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @BeforeEach
    void theOreCodesAreNotSeeded() {
        assertThat(codes()).as("V20 leaves the 2020/1588 ore codes to the administrators").doesNotContain(COLTAN,
                GOLD_ORE);
    }

    @AfterEach
    void removeTheCodesAdded() {
        jdbc.update("delete from eu_import_threshold where cn_code in (?, ?)", COLTAN, GOLD_ORE);
    }

    private List<String> codes() {
        return jdbc.queryForList("select cn_code from eu_import_threshold", String.class);
    }

    private ResultActions add(SignedInUser who, String cnCode, String description, String kg, String source,
            Locale locale) throws Exception {
        return mvc.perform(post("/admin/eu-thresholds").with(user(who)).with(csrf()).locale(locale)
                .param("cnCode", cnCode).param("description", description).param("thresholdKg", kg)
                .param("source", source));
    }

    private ResultActions correct(SignedInUser who, String cnCode, long version, String description, String kg,
            String source) throws Exception {
        return mvc.perform(post("/admin/eu-thresholds/" + cnCode).with(user(who)).with(csrf()).locale(Locale.ENGLISH)
                .param("version", String.valueOf(version)).param("description", description)
                .param("thresholdKg", kg).param("source", source));
    }

    private long version(String cnCode) {
        return jdbc.queryForObject("select version from eu_import_threshold where cn_code = ?", Long.class, cnCode);
    }

    private BigDecimal kg(String cnCode) {
        return jdbc.queryForObject("select threshold_kg from eu_import_threshold where cn_code = ?",
                BigDecimal.class, cnCode);
    }

    private String[] coltanRow(SignedInUser importer) throws Exception {
        var html = mvc.perform(get("/risk/report").with(user(importer)).locale(Locale.ENGLISH)
                        .param("year", String.valueOf(LocalDate.now(clock).getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var row = Jsoup.parse(html).getElementById("annex-" + Mineral.COLTAN.name());
        assertThat(row).as("Annex I row of coltan").isNotNull();
        return row.select("td").stream().map(Element::text).toArray(String[]::new);
    }

    @Test
    void anAdministratorAddsTheColtanThresholdAndTheReportComparesTheImportersVolumeWithIt() throws Exception {
        var r = new RiskFixtures(mvc, fixtures, jdbc);
        var coltan = r.parties("UG", "UG-W", Mineral.COLTAN);
        var today = LocalDate.now(clock);
        // 15,000 kg and 6,999.5 kg received this year: 21,999.500 kg, half a kilogram below 22,000 kg. Bought at
        // home, then the organisation is in the Union (a sale across a border is an export, docs/borders.md).
        r.buy(coltan, r.produce(coltan, Mineral.COLTAN, "15000", today), "15000", "", "", "");
        r.buy(coltan, r.produce(coltan, Mineral.COLTAN, "6999.5", today), "6999.5", "", "", "");
        r.inTheUnion(coltan.exporter());
        var label = COLTAN + " " + message("mineral.COLTAN", Locale.ENGLISH);
        assertThat(coltanRow(coltan.exporter())).containsExactly(label, "21,999.5", "",
                message("risk.report.annex.none", Locale.ENGLISH));

        var admin = fixtures.signedIn(Role.ADMIN);
        add(admin, " " + COLTAN + " ", "Niobium, tantalum and vanadium ores and concentrates (ex 2615 90 00)",
                "22\u202F000", SOURCE, Locale.ENGLISH)
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/eu-thresholds"));
        assertThat(kg(COLTAN)).isEqualByComparingTo("22000");
        var list = mvc.perform(get("/admin/eu-thresholds").with(user(admin)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var listed = Jsoup.parse(list).getElementById("threshold-" + COLTAN);
        assertThat(listed).isNotNull();
        assertThat(listed.select("td").stream().map(Element::text).limit(5).toList()).containsExactly(COLTAN,
                "Niobium, tantalum and vanadium ores and concentrates (ex 2615 90 00)", "22,000", SOURCE,
                admin.getUsername());

        assertThat(coltanRow(coltan.exporter())).containsExactly(label, "21,999.5", "22,000",
                message("risk.report.annex.below", Locale.ENGLISH));
        // Half a kilogram more reaches it: at the threshold the obligations apply (article 1(3)).
        r.backHome(coltan.exporter(), "UG", "UG-W");
        r.buy(coltan, r.produce(coltan, Mineral.COLTAN, "0.5", today), "0.5", "", "", "");
        r.inTheUnion(coltan.exporter());
        assertThat(coltanRow(coltan.exporter())).containsExactly(label, "22,000", "22,000",
                message("risk.report.annex.above", Locale.ENGLISH));

        // A correction upwards puts the same volume below again; the trail keeps both figures and who set them.
        correct(admin, COLTAN, version(COLTAN), "Niobium, tantalum and vanadium ores and concentrates (ex 2615 90 00)",
                "22000.001", SOURCE + ", corrected").andExpect(status().is3xxRedirection());
        assertThat(coltanRow(coltan.exporter())).containsExactly(label, "22,000", "22,000.001",
                message("risk.report.annex.below", Locale.ENGLISH));
        var audit = jdbc.queryForList("select actor, action, changes -> 'thresholdKg' ->> 'old' as old_kg,"
                + " changes -> 'thresholdKg' ->> 'new' as new_kg, changes -> 'source' ->> 'new' as new_source"
                + " from audit_entry where entity_type = 'EuImportThreshold' and entity_id = ? order by id", COLTAN);
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsEntry("actor", admin.getUsername()).containsEntry("action", "CREATE")
                .containsEntry("new_kg", "22000").containsEntry("new_source", SOURCE);
        assertThat(audit.get(1)).containsEntry("actor", admin.getUsername()).containsEntry("action", "UPDATE")
                .containsEntry("old_kg", "22000").containsEntry("new_kg", "22000.001")
                .containsEntry("new_source", SOURCE + ", corrected");
    }

    @Test
    void badInputIsRefusedByTheFieldInTheUsersLanguageWithWhatWasTyped() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        add(admin, "2615900", "Tantalum ores", "0", "", Locale.FRENCH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.threshold.cnCode.format", Locale.FRENCH))))
                .andExpect(content().string(containsString(message("field.euThresholdForm.thresholdKg", Locale.FRENCH))))
                .andExpect(content().string(containsString(message("field.euThresholdForm.source",
                        Locale.FRENCH))))
                .andExpect(content().string(containsString("value=\"2615900\"")))
                .andExpect(content().string(containsString("value=\"Tantalum ores\"")))
                .andExpect(content().string(containsString("error-summary")));
        add(admin, COLTAN, "", "22,000 kg", SOURCE, Locale.ENGLISH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.threshold.kg.invalid", Locale.ENGLISH))))
                .andExpect(content().string(containsString(message("field.euThresholdForm.description",
                        Locale.ENGLISH))))
                .andExpect(content().string(containsString("value=\"22,000 kg\"")));
        add(admin, COLTAN, "Tantalum ores", "0.0001", SOURCE, Locale.ENGLISH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("mass.scale", Locale.ENGLISH))));
        // A code already on record is corrected, not added twice.
        add(admin, "2609.00.00", "Tin ores", "1", SOURCE, Locale.ENGLISH)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("risk.threshold.cnCode.duplicate",
                        Locale.ENGLISH, "2609.00.00"))));
        assertThat(kg("2609.00.00")).isEqualByComparingTo("5000");
        assertThat(codes()).doesNotContain(COLTAN, "2615900");
    }

    @Test
    void onlyAdministratorsSeeOrChangeTheThresholds() throws Exception {
        for (var role : List.of(Role.EXPORTER, Role.INSPECTOR, Role.AUDITOR)) {
            var someone = fixtures.signedIn(role);
            mvc.perform(get("/admin/eu-thresholds").with(user(someone))).andExpect(status().isForbidden());
            add(someone, COLTAN, "Tantalum ores", "22000", SOURCE, Locale.ENGLISH)
                    .andExpect(status().isForbidden());
            correct(someone, "2609.00.00", version("2609.00.00"), "Tin ores", "1", SOURCE)
                    .andExpect(status().isForbidden());
        }
        assertThat(codes()).doesNotContain(COLTAN);
        assertThat(kg("2609.00.00")).isEqualByComparingTo("5000");
        // Without the CSRF token even an administrator's form is refused.
        mvc.perform(post("/admin/eu-thresholds").with(user(fixtures.signedIn(Role.ADMIN))).param("cnCode", COLTAN)
                        .param("description", "Tantalum ores").param("thresholdKg", "22000").param("source", SOURCE))
                .andExpect(status().isForbidden());
        assertThat(codes()).doesNotContain(COLTAN);
        // An unknown code has no correction page.
        mvc.perform(get("/admin/eu-thresholds/9999.99.99").with(user(fixtures.signedIn(Role.ADMIN))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionMadeOnAStalePageIsRefusedAndKeepsTheOtherAdministratorsFigure() throws Exception {
        var first = fixtures.signedIn(Role.ADMIN);
        var second = fixtures.signedIn(Role.ADMIN);
        add(first, GOLD_ORE, "Gold ores and concentrates (ex 2616 90 00)", "100", SOURCE, Locale.ENGLISH)
                .andExpect(status().is3xxRedirection());
        // Both open the correction page at the same version.
        var form = mvc.perform(get("/admin/eu-thresholds/" + GOLD_ORE).with(user(second)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var opened = Long.parseLong(Jsoup.parse(form).getElementById("version").val());
        assertThat(Jsoup.parse(form).getElementById("thresholdKg").val()).isEqualTo("100");

        correct(first, GOLD_ORE, opened, "Gold ores and concentrates (ex 2616 90 00)", "250", SOURCE)
                .andExpect(status().is3xxRedirection());
        correct(second, GOLD_ORE, opened, "Gold ores and concentrates (ex 2616 90 00)", "300", SOURCE)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("edit.stale", Locale.ENGLISH))))
                .andExpect(content().string(containsString("value=\"300\"")))
                .andExpect(content().string(not(containsString(message("risk.threshold.saved", Locale.ENGLISH)))));
        assertThat(kg(GOLD_ORE)).isEqualByComparingTo("250");
        assertThat(jdbc.queryForObject("select recorded_by from eu_import_threshold where cn_code = ?",
                String.class, GOLD_ORE)).isEqualTo(first.getUsername());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'EuImportThreshold'"
                + " and entity_id = ? and action = 'UPDATE'", Integer.class, GOLD_ORE)).isEqualTo(1);
    }
}
