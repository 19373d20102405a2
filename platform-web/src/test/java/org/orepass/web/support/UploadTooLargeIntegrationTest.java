package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.orepass.account.UserAccounts;
import org.orepass.web.demo.DemoData;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Every upload form on the pages (found by reading the demo users' pages, and there must be as many as templates
 * with {@code enctype="multipart/form-data"}) answers a file that is too large with its own message by the file
 * field, in the user's language (issue 15), at both limits:
 * <ul>
 * <li>just over the form's own limit (inspection files, evidence, export documents, incident files, imported lots:
 * {@code orepass.attachments.max-bytes}; site imports 5 MB; CAHRA lists 1 MB): the domain refuses it, the form
 * comes back with every other field as typed;</li>
 * <li>just over the server's multipart limit ({@code spring.servlet.multipart}), whose body is not read: back to
 * the page of the form (its Referer) with the message by the file field.</li>
 * </ul>
 */
@PlatformTest
class UploadTooLargeIntegrationTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("sw"));
    private static final List<String> KEYS = List.of("upload.file.too-large", "attachment.file.too-large",
            "risk.evidence.file.too-large", "export.file.too-large", "import.file.too-large",
            "siteimport.file.too-large", "risk.cahra.load.file.too-large");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Value("${orepass.attachments.max-bytes:10485760}")
    long formLimit;

    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize requestLimit;

    record UploadForm(String page, SignedInUser user, Element form) {

        String action() {
            return DemoPages.local(form.attr("abs:action"));
        }
    }

    @Test
    void everyUploadFormSaysByItsFileFieldThatTheFileIsTooLargeInEachLanguage() throws Exception {
        beans.createBean(DemoData.class).run(null);
        // The demo contract and legal case (issue 24) carry their own upload forms.
        beans.createBean(org.orepass.web.contract.ContractDemo.class).run();
        beans.createBean(org.orepass.web.legalhelp.LegalHelpDemo.class).run();
        // The demo producers' self-assessments (issue 22) carry the evidence upload.
        ((org.springframework.context.SmartLifecycle) beans.createBean(
                Class.forName("org.orepass.web.demo.DemoProducers"))).start();
        var users = new SignedInUser[DemoPages.USERS.size()];
        var forms = new LinkedHashMap<String, UploadForm>();
        for (int u = 0; u < users.length; u++) {
            var name = DemoPages.USERS.get(u);
            users[u] = transaction.execute(status -> fixtures.signedIn(accounts.findByUsernameIgnoreCase(name)
                    .orElseThrow()));
            var user = users[u];
            DemoPages.visit(mvc, user, 200, 2, (url, page) -> found(forms, url, user, page));
        }
        // Pages the reading may not reach within its limits, whatever other tests left: an inspection's files.
        var inspection = jdbc.queryForList("select i.site_id, i.id from inspection i join mine_site s"
                + " on s.id = i.site_id where s.country = 'UG' order by i.id limit 1").get(0);
        var filesPage = "/sites/" + inspection.get("site_id") + "/inspections/" + inspection.get("id")
                + "/attachments/new";
        found(forms, filesPage, users[1], Jsoup.parse(mvc.perform(get(filesPage).with(user(users[1])))
                .andReturn().getResponse().getContentAsString(), DemoPages.ORIGIN + filesPage));
        // A producer's answer takes its evidence file (issue 22): the page of the newest answer, for whoever may add it.
        var producerAnswer = jdbc.queryForList("select s.producer_id, a.id from producer_answer a join"
                + " producer_assessment s on s.id = a.assessment_id order by a.id desc limit 1").get(0);
        var answerPage = "/producers/" + producerAnswer.get("producer_id") + "/answers/" + producerAnswer.get("id");
        for (var user : users) {
            var page = mvc.perform(get(answerPage).with(user(user))).andReturn().getResponse();
            if (page.getStatus() == 200 && page.getContentAsString().contains("multipart/form-data")) {
                found(forms, answerPage, user, Jsoup.parse(page.getContentAsString(), DemoPages.ORIGIN + answerPage));
                break;
            }
        }
        // The demo's shipment is submitted already; a draft's page offers the document upload.
        var draft = new ExportFixtures(mvc, fixtures, jdbc, clock).drafted(false, "CASSITERITE");
        var draftPage = "/exports/" + draft.shipmentId();
        found(forms, draftPage, draft.exporter(), Jsoup.parse(mvc.perform(get(draftPage).with(user(draft.exporter())))
                .andReturn().getResponse().getContentAsString(), DemoPages.ORIGIN + draftPage));
        assertThat(forms.size()).as("upload forms found on the pages: %s", forms.keySet())
                .isGreaterThanOrEqualTo(templatesWithUploads());

        var problems = new ArrayList<String>();
        int round = 0;
        for (var upload : forms.values()) {
            var user = upload.user();
            // Over the form's own limit: the domain refuses it, the form comes back with its fields.
            var language = LANGUAGES.get(round++ % LANGUAGES.size());
            var fields = fields(upload.form());
            var request = multipart(upload.action())
                    .file(new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[(int) formLimit + 1]));
            fields.forEach(request::param);
            var answer = mvc.perform(request.header("Accept-Language", language.toLanguageTag())
                    .header("Referer", DemoPages.ORIGIN + upload.page()).with(user(user)).with(csrf())).andReturn();
            var page = followed(answer, user, language);
            check(problems, upload.action() + " over the form's limit, " + language, page, language);
            if (answer.getResponse().getStatus() == 200) {
                for (var field : fields.entrySet()) {
                    var shown = page.select("input[type=text][name=" + field.getKey() + "], input[type=date][name="
                            + field.getKey() + "], input[type=number][name=" + field.getKey() + "]").first();
                    if (shown != null && !shown.attr("value").equals(field.getValue())) {
                        problems.add(upload.action() + ": field " + field.getKey() + " shown again as '"
                                + shown.attr("value") + "', typed '" + field.getValue() + "'");
                    }
                }
            }
            // Over the server's limit, in every language: the body is not read, the page of the form says why.
            for (var each : LANGUAGES) {
                var tooLarge = mvc.perform(post(upload.action()).contentType("multipart/form-data; boundary=x")
                        .content(new byte[(int) requestLimit.toBytes() + 1])
                        .header("Accept-Language", each.toLanguageTag())
                        .header("Referer", DemoPages.ORIGIN + upload.page()).with(user(user))).andReturn();
                if (tooLarge.getResponse().getStatus() != 302) {
                    problems.add(upload.action() + " over the server's limit: " + tooLarge.getResponse().getStatus());
                    continue;
                }
                check(problems, upload.action() + " over the server's limit, " + each, followed(tooLarge, user, each),
                        each);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void found(Map<String, UploadForm> forms, String url, SignedInUser user, Document page) {
        for (var form : page.select("form[enctype=multipart/form-data]")) {
            var upload = new UploadForm(url, user, form);
            forms.putIfAbsent(upload.action().replaceAll("\\d+", "N"), upload);
        }
    }

    /** The forms the templates hold: each must be reached by some demo user. */
    private static int templatesWithUploads() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            int count = 0;
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                count += Jsoup.parse(Files.readString(file)).select("form[enctype=multipart/form-data]").size();
            }
            return count;
        }
    }

    /** What the form shows, with a plain value where a text field is empty. */
    private static Map<String, String> fields(Element form) {
        var fields = new LinkedHashMap<String, String>();
        for (var input : form.select("input[name], select[name], textarea[name]")) {
            var name = input.attr("name");
            var type = input.attr("type");
            if (name.equals("_csrf") || type.equals("file") || fields.containsKey(name)) {
                continue;
            }
            if (input.tagName().equals("select")) {
                var options = input.select("option[selected]");
                var chosen = options.isEmpty() ? input.select("option").stream()
                        .filter(o -> !o.attr("value").isEmpty()).findFirst().orElse(null) : options.first();
                fields.put(name, chosen == null ? "" : chosen.attr("value"));
            } else if (input.tagName().equals("textarea")) {
                fields.put(name, input.text().isEmpty() ? "Kept as typed" : input.text());
            } else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            } else if (!input.attr("value").isEmpty() || type.equals("hidden")) {
                fields.put(name, input.attr("value"));
            } else {
                fields.put(name, type.equals("date") ? "2024-06-01" : type.equals("number") ? "12" : "Kept 12");
            }
        }
        return fields;
    }

    /** The page the answer shows, or the page it sends the browser to. */
    private Document followed(MvcResult answer, SignedInUser user, Locale language) throws Exception {
        MockHttpServletResponse response = answer.getResponse();
        if (response.getStatus() == 302) {
            // A bare flag (?uploadTooLarge) is a parameter for a browser; MockMvc needs its "=".
            var location = response.getRedirectedUrl().replaceAll("([?&][A-Za-z]+)(?=&|#|$)", "$1=");
            var request = get(location).header("Accept-Language", language.toLanguageTag()).with(user(user));
            // Flash attributes live in the (JDBC) session: the browser's session cookie brings them.
            if (response.getCookies().length > 0) {
                request.cookie(response.getCookies());
            }
            response = mvc.perform(request).andReturn().getResponse();
        }
        return Jsoup.parse(response.getContentAsString());
    }

    private void check(List<String> problems, String what, Document page, Locale language) {
        var error = page.getElementById("file-error");
        if (error == null) {
            problems.add(what + ": no message by the file field");
            return;
        }
        var expected = new HashSet<String>();
        for (var key : KEYS) {
            for (long megabytes : Set.of(Math.max(1, formLimit / (1024 * 1024)), 5L, 1L)) {
                expected.add(messages.getMessage(key, new Object[] {megabytes}, language));
            }
        }
        var prefix = error.select(".visually-hidden").text();
        var text = error.text().substring(prefix.length()).strip();
        if (!expected.contains(text)) {
            problems.add(what + ": '" + text + "' is not a too-large message in " + language);
        }
        if (page.select("input[type=file][aria-describedby~=file-error]").isEmpty()) {
            problems.add(what + ": the file field does not point at its message");
        }
    }
}
