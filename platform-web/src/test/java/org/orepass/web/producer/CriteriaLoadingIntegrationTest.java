package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
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
 * An administrator loads an official criteria set from a file (docs/producer-criteria.md): the example file loads
 * through preview and confirmation; each problem is shown in the reader's language and nothing is loaded; only
 * administrators may; hostile files are refused with a message; a new version changes no old set and no
 * assessment made before. Every test gives the sample set back to new assessments (the database is shared).
 */
@PlatformTest
class CriteriaLoadingIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired Clock clock;

    private SignedInUser admin;

    private String message(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, locale), "UTF-8");
    }

    @AfterEach
    void sampleSetInUseAgain() throws Exception {
        var sample = jdbc.queryForObject("select id from criteria_set where code = 'CRAFT-SAMPLE'", Long.class);
        mvc.perform(post("/producers/criteria/" + sample + "/current").with(user(admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private SignedInUser admin() {
        if (admin == null) {
            admin = fixtures.signedIn(Role.ADMIN);
        }
        return admin;
    }

    /** The example file the page offers, with its code made unique and the version given. */
    private String example(String code, String version) throws Exception {
        var text = mvc.perform(get("/producers/criteria/example.csv").with(user(admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return text.replace("set,EXAMPLE,1.0,", "set," + code + "," + version + ",")
                .replace("set,EXAMPLE,,", "set," + code + ",,");
    }

    private ResultActions upload(SignedInUser who, byte[] bytes, String lang) throws Exception {
        return mvc.perform(multipart("/producers/criteria").file(new MockMultipartFile("file", "criteria.csv",
                "text/csv", bytes)).with(user(who)).with(csrf()).param("lang", lang));
    }

    private ResultActions upload(String text, String lang) throws Exception {
        return upload(admin(), text.getBytes(StandardCharsets.UTF_8), lang);
    }

    /** Uploads, checks the preview, confirms; returns the new set's id. */
    private long load(String text, boolean makeCurrent) throws Exception {
        var preview = upload(text, "en").andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(preview).startsWith("/producers/criteria/uploads/");
        long upload = Long.parseLong(preview.substring(preview.lastIndexOf('/') + 1));
        var request = post(preview + "/confirm").with(user(admin())).with(csrf()).param("version",
                String.valueOf(jdbc.queryForObject("select version from criteria_upload where id = ?", Long.class,
                        upload)));
        if (makeCurrent) {
            request.param("makeCurrent", "true");
        }
        mvc.perform(request).andExpect(redirectedUrl("/producers/criteria"));
        return jdbc.queryForObject("select loaded_set_id from criteria_upload where id = ?", Long.class, upload);
    }

    private long sets() {
        return jdbc.queryForObject("select count(*) from criteria_set", Long.class);
    }

    @Test
    void theExampleFileLoadsAfterItsPreviewAndNewAssessmentsUseItWithTextsInTheReadersLanguage() throws Exception {
        var code = AccountFixtures.unique("CODE").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        var text = example(code, "1.0");
        int before = (int) sets();
        var preview = upload(text, "en").andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(sets()).as("nothing loaded before the confirmation").isEqualTo(before);
        // The preview, in French: the French texts where the file has them, English where not.
        mvc.perform(get(preview).with(user(admin())).param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Exemple de code de conduite")))
                .andExpect(content().string(containsString("Personne ne travaille contre sa volont")))
                .andExpect(content().string(containsString("A person in charge of safety is named.")))
                .andExpect(content().string(containsString(message("criteria.risk.FORCED_LABOUR", Locale.FRENCH))));
        // Another role cannot read it.
        mvc.perform(get(preview).with(user(fixtures.signedIn(Role.INSPECTOR)))).andExpect(status().isForbidden());

        long set = load(text, true);
        assertThat(jdbc.queryForMap("select code, set_version, title, source, source_url, published_on, sample,"
                + " loaded_by from criteria_set where id = ?", set))
                .containsEntry("code", code).containsEntry("set_version", "1.0")
                .containsEntry("title", "Example code of practice")
                .containsEntry("source", "Example code of practice, version 1.0 (May 2024)")
                .containsEntry("source_url", "https://example.org/code-of-practice")
                .containsEntry("published_on", java.sql.Date.valueOf("2024-05-01")).containsEntry("sample", false)
                .containsEntry("loaded_by", admin().username());
        assertThat(jdbc.queryForList("select code || ' ' || module_number || ' ' || coalesce(serious_risk, '-')"
                + " || ' ' || evidence_met from criterion where set_id = ? order by position", String.class, set))
                .containsExactly("1.1 1 FORCED_LABOUR A verifier spoke with workers on a visit.",
                        "2.1 2 - The monthly check list.");
        // Every text of the file: set 2, source 2, modules 4, criterion titles 5, level meanings 9, evidence 9.
        assertThat(jdbc.queryForObject("select count(*) from criteria_text where set_id = ?", Long.class, set))
                .isEqualTo(31);
        // Audited: the set, its criteria and texts, the upload and the choice, by the administrator.
        assertThat(jdbc.queryForList("select distinct entity_type from audit_entry where actor = ?", String.class,
                admin().username())).contains("CriteriaSet", "Criterion", "CriteriaText", "CriteriaUpload",
                        "CriteriaSetChoice");
        // New assessments use it: the form shows its criteria, in Swahili where the file has Swahili.
        var operator = new ProducerFixtures(mvc, fixtures, jdbc).cooperativeOperator();
        long producer = new ProducerFixtures(mvc, fixtures, jdbc).profile(operator, false);
        mvc.perform(get("/producers/" + producer + "/assessments/new").with(user(operator)).param("lang", "sw"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hakuna anayefanya kazi bila ridhaa yake.")))
                .andExpect(content().string(containsString("2 · Risks to reduce step by step")))
                .andExpect(content().string(containsString("Pits are safe to work in.")))
                .andExpect(content().string(not(containsString(message("producer.sample", new Locale("sw"))))));
        // The list says which set is in use; the same version cannot be loaded twice.
        mvc.perform(get("/producers/criteria").with(user(admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code + " 1.0")));
        upload(text, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("criteria.file.version.taken", Locale.ENGLISH,
                        code, "1.0"))));
        assertThat(sets()).isEqualTo(before + 1);
        // Confirming the same upload twice loads nothing more.
        long upload = Long.parseLong(preview.substring(preview.lastIndexOf('/') + 1));
        mvc.perform(post(preview + "/confirm").with(user(admin())).with(csrf()).param("version",
                String.valueOf(jdbc.queryForObject("select version from criteria_upload where id = ?", Long.class,
                        upload)))).andExpect(redirectedUrl(preview));
        assertThat(sets()).isEqualTo(before + 1);
    }

    @Test
    void aNewVersionChangesNoOldSetAndNoAssessmentMadeBefore() throws Exception {
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var operator = p.cooperativeOperator();
        long producer = p.profile(operator, false);
        var inspector = fixtures.inspectorOf("UG", java.util.Set.of());
        long assessment = p.assess(operator, producer, LocalDate.now(clock).minusDays(10), Map.of("S-4.4", "STARTED"));
        p.agree(inspector, producer, p.answer(assessment, "S-4.4"));
        var code = AccountFixtures.unique("VERS").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        long first = load(example(code, "1.0"), true);
        var snapshot = snapshot(first);
        var sampleSnapshot = snapshot(jdbc.queryForObject("select id from criteria_set where code = 'CRAFT-SAMPLE'",
                Long.class));
        var answersBefore = jdbc.queryForList("select criterion_id, level from producer_answer where assessment_id = ?"
                + " order by id", assessment);
        // Version 2 with other wording: a new set; version 1 and the sample set keep every row as it was.
        long second = load(example(code, "2.0").replace("Nobody works against their will.",
                "\"Nobody works against their will, and everyone is paid.\""), false);
        assertThat(second).isNotEqualTo(first);
        assertThat(snapshot(first)).isEqualTo(snapshot);
        assertThat(snapshot(jdbc.queryForObject("select id from criteria_set where code = 'CRAFT-SAMPLE'",
                Long.class))).isEqualTo(sampleSnapshot);
        // Not chosen: new assessments still use version 1.
        mvc.perform(get("/producers/" + producer + "/assessments/new").with(user(operator)))
                .andExpect(content().string(containsString("Nobody works against their will.")))
                .andExpect(content().string(not(containsString("and everyone is paid"))));
        // The assessment made before keeps the sample set: its answers, its page and the verified level.
        assertThat(jdbc.queryForObject("select s.code from producer_assessment a join criteria_set s on s.id = a.set_id"
                + " where a.id = ?", String.class, assessment)).isEqualTo("CRAFT-SAMPLE");
        assertThat(jdbc.queryForList("select criterion_id, level from producer_answer where assessment_id = ?"
                + " order by id", assessment)).isEqualTo(answersBefore);
        mvc.perform(get("/producers/" + producer + "/assessments/" + assessment).with(user(operator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("S-4.4")))
                .andExpect(content().string(containsString("SAMPLE - Women take part")));
        mvc.perform(get("/producers/" + producer).with(user(operator)).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EXEMPLE (SAMPLE) - Les femmes participent")));
        // Choosing version 2 now changes nothing already made either.
        mvc.perform(post("/producers/criteria/" + second + "/current").with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/producers/criteria"));
        mvc.perform(get("/producers/" + producer + "/assessments/new").with(user(operator)))
                .andExpect(content().string(containsString("and everyone is paid")));
        assertThat(snapshot(first)).isEqualTo(snapshot);
        assertThat(jdbc.queryForList("select criterion_id, level from producer_answer where assessment_id = ?"
                + " order by id", assessment)).isEqualTo(answersBefore);
    }

    @Test
    void theSampleSetReadsInFourLanguagesStillMarkedAsSamples() throws Exception {
        // Every text of the sample set in each of the four languages, every one marked as a sample.
        for (var lang : List.of("en", "fr", "es", "sw")) {
            assertThat(jdbc.queryForList("""
                    select t.subject, count(*) from criteria_text t join criteria_set s on s.id = t.set_id
                    where s.code = 'CRAFT-SAMPLE' and t.lang = ? group by t.subject order by t.subject""", lang))
                    .as(lang).extracting(row -> row.get("subject") + "=" + row.get("count"))
                    .containsExactly("CRITERION=14", "EVIDENCE=56", "MODULE=4", "SET=1", "SOURCE=1");
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from criteria_text t join criteria_set s on s.id = t.set_id
                where s.code = 'CRAFT-SAMPLE' and t.subject in ('MODULE', 'CRITERION', 'EVIDENCE')
                  and t.text not like '%SAMPLE%'""", Long.class)).isZero();
        var operator = new ProducerFixtures(mvc, fixtures, jdbc).cooperativeOperator();
        long producer = new ProducerFixtures(mvc, fixtures, jdbc).profile(operator, false);
        var form = "/producers/" + producer + "/assessments/new";
        mvc.perform(get(form).with(user(operator)).param("lang", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 · EJEMPLO (SAMPLE) - Legitimidad (entrada)")))
                .andExpect(content().string(containsString(
                        "EJEMPLO (SAMPLE) - Ningún trabajo forzoso u obligatorio.")))
                .andExpect(content().string(containsString("EJEMPLO (SAMPLE) - Todavía no se ha hecho nada.")))
                .andExpect(content().string(containsString(message("producer.sample", new Locale("es")))));
        mvc.perform(get(form).with(user(operator)).param("lang", "sw")).andExpect(status().isOk())
                .andExpect(content().string(containsString("MFANO (SAMPLE) - Hakuna kazi ya kulazimishwa.")));
        mvc.perform(get(form).with(user(operator)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("SAMPLE - No forced or compulsory labour.")))
                .andExpect(content().string(containsString("1 · SAMPLE - Legitimacy (entry)")));
    }

    /** Every row of a set: the set, its criteria and its texts. */
    private List<Map<String, Object>> snapshot(long set) {
        var rows = new java.util.ArrayList<Map<String, Object>>();
        rows.addAll(jdbc.queryForList("select * from criteria_set where id = ?", set));
        rows.addAll(jdbc.queryForList("select * from criterion where set_id = ? order by id", set));
        rows.addAll(jdbc.queryForList("select * from criteria_text where set_id = ? order by id", set));
        return rows;
    }

    @Test
    void eachProblemIsShownByRowAndColumnInTheReadersLanguageAndNothingIsLoaded() throws Exception {
        var code = AccountFixtures.unique("BAD").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        var good = example(code, "1.0");
        long before = sets();
        record Case(String text, String key, Object... args) {
        }
        var cases = List.of(
                new Case(good.replace("1.1,,1,FORCED_LABOUR", "1.1,,1,THEFT"), "criteria.file.category.invalid"),
                new Case(good.replace("criterion,2.1,,2,", "criterion,2.1,,7,"), "criteria.file.module.unknown", "7"),
                new Case(good.replace("2024-05-01", "2024-13-01"), "criteria.file.date.invalid"),
                new Case(good.replace("https://example.org/code-of-practice", "ftp://example.org"),
                        "criteria.file.url.invalid"),
                new Case(good.replace("level,2.1,,,,MET,en,Every pit is supported and checked each month.,"
                        + "The monthly check list.,,\n", ""), "criteria.file.level.missing", "2.1", "MET"),
                new Case(good.replace("module,2,,,,,fr,", "module,2,,,,,pt,"), "criteria.file.lang.invalid"),
                new Case(good.replace("source,,,,,,en,", "source,,,,,,fr,"), "criteria.file.duplicate", 4),
                new Case(good.replace("record,number", "kind,number"), "criteria.file.column.unknown"));
        for (var c : cases) {
            for (var locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                upload(c.text(), locale.getLanguage()).andExpect(status().isOk())
                        .andExpect(content().string(containsString("id=\"criteria-problems\"")))
                        .andExpect(content().string(containsString(message(c.key(), locale, c.args()))));
            }
        }
        // The row and column are shown next to the message.
        upload(good.replace("1.1,,1,FORCED_LABOUR", "1.1,,1,THEFT"), "en")
                .andExpect(content().string(containsString("Row 10, column category:")));
        assertThat(sets()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsMayLoadOrChooseAndEveryChangeNeedsTheCsrfToken() throws Exception {
        var code = AccountFixtures.unique("ROLE").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        var text = example(code, "1.0");
        var sample = jdbc.queryForObject("select id from criteria_set where code = 'CRAFT-SAMPLE'", Long.class);
        for (var role : List.of(Role.OPERATOR, Role.INSPECTOR, Role.CSO_MONITOR, Role.AUDITOR, Role.EXPORTER)) {
            var who = fixtures.signedIn(role);
            mvc.perform(get("/producers/criteria").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(get("/producers/criteria/example.csv").with(user(who))).andExpect(status().isForbidden());
            upload(who, text.getBytes(StandardCharsets.UTF_8), "en").andExpect(status().isForbidden());
            mvc.perform(post("/producers/criteria/" + sample + "/current").with(user(who)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        var preview = upload(text, "en").andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        var operator = fixtures.signedIn(Role.OPERATOR);
        mvc.perform(post(preview + "/confirm").with(user(operator)).with(csrf()).param("version", "0")
                .param("makeCurrent", "true")).andExpect(status().isForbidden());
        mvc.perform(post(preview + "/confirm").with(user(admin())).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/producers/criteria").file(new MockMultipartFile("file", "c.csv", "text/csv",
                text.getBytes(StandardCharsets.UTF_8))).with(user(admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/producers/criteria")).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from criteria_set where code = ?", Long.class, code))
                .isZero();
        // The administrator sees the link on the producers' list; others do not.
        mvc.perform(get("/producers").with(user(admin()))).andExpect(content().string(containsString(
                "id=\"criteria-link\"")));
        mvc.perform(get("/producers").with(user(operator))).andExpect(content().string(not(containsString(
                "id=\"criteria-link\""))));
    }

    @Test
    void hostileFilesAreRefusedWithAMessageNeverAnError() throws Exception {
        var code = AccountFixtures.unique("HOST").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        var good = example(code, "1.0");
        long before = sets();
        // Larger than the limit.
        var huge = new byte[org.orepass.producer.CriteriaFile.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        upload(admin(), huge, "en").andExpect(status().isOk()).andExpect(content().string(containsString(
                message("upload.file.too-large", Locale.ENGLISH, 1))));
        // A NUL: not a text file (UTF-16, a spreadsheet's own format).
        upload(admin(), good.replace("Legitimacy", "Legit\0imacy").replace("Risks that", "Risks\0that")
                .getBytes(StandardCharsets.UTF_8), "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("criteria.upload.binary", Locale.FRENCH))));
        upload(admin(), good.getBytes(StandardCharsets.UTF_16LE), "en").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("criteria.upload.binary", Locale.ENGLISH))));
        // Not UTF-8 (Latin-1 bytes from an old spreadsheet).
        upload(admin(), good.getBytes(StandardCharsets.ISO_8859_1), "sw").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("criteria.upload.encoding", new Locale("sw")))));
        // A quote never closed.
        upload(good.replace("module,2,,,,,en,Risks", "module,2,,,,,en,\"Risks"), "en").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("criteria.file.unclosed", Locale.ENGLISH))));
        // No file, an empty file.
        mvc.perform(multipart("/producers/criteria").with(user(admin())).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("criteria.upload.required", Locale.ENGLISH))));
        upload("", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("criteria.upload.required", Locale.ENGLISH))));
        // Thousands of rows.
        var many = new StringBuilder(good);
        for (int i = 0; i < 6000; i++) {
            many.append("module,M").append(i).append(",,,,,en,Title,,,\n");
        }
        upload(many.toString(), "en").andExpect(status().isOk()).andExpect(content().string(containsString(
                message("criteria.file.too-many-rows", Locale.ENGLISH, 5000))));
        assertThat(sets()).isEqualTo(before);
        // Markup in a text is shown as text on the preview, never run.
        var preview = upload(good.replace("Pits are safe to work in.", "<script>alert(1)</script>"), "en")
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(preview).with(user(admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }
}
