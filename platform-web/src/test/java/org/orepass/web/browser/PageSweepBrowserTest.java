package org.orepass.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.orepass.web.demo.DemoData;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sweep of issue 16: every page each demo user (and an anonymous visitor) can reach by following links, on a
 * 360×800 phone, checked for what a person would notice first. All pages in French; each role's first pages (its
 * navigation, in the order a visitor meets them) also in English, Spanish and Swahili. On each page: no document
 * wider than the screen, header and navigation no taller than 160 px, no {@code ??key??}, no English bundle text on
 * a French, Spanish or Swahili page, at most one primary button, and axe-core finds no WCAG 2.0/2.1/2.2 A or AA
 * violation. Forms that create something are also submitted empty, and their error state is checked the same way,
 * plus: the title starts with the error prefix and focus is on the error summary. Every problem of the whole sweep
 * is listed in one failure; screenshots go to {@code target/screenshots/sweep/}.
 *
 * <p>Links are followed breadth first from the home page; one page per route (numbers in the path are one route),
 * query strings are ignored (a filtered list is the same page), downloads, the API and sign-out are not followed.
 */
@PlatformTest
class PageSweepBrowserTest extends JourneyPages {

    static final int WIDTH = 360;
    static final int HEIGHT = 800;
    static final int HEADER_LIMIT = 160;
    static final int MAX_PAGES_PER_ROLE = 40;
    static final int KEY_PAGES_PER_ROLE = 4;
    static final List<String> USERS = List.of("admin", "inspector", "operator", "exporter", "cso", "auditor");
    /** This class sweeps the anonymous visitor and the first users; {@link PageSweepTradersBrowserTest} the rest. */
    static final List<String> FIRST_USERS = USERS.subList(0, 2);
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final Pattern SKIPPED = Pattern.compile(
            "^/(api|actuator|logout|css|img)(/.*)?$|\\.(csv|pdf|json|geojson|png|svg|txt)$|/attachments/|/files?/|/documents/\\d+$|/evidence/\\d+$|/genealogy$|/tiles/");

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> problems = new ArrayList<>();
    final Map<String, Bundle> bundles = new LinkedHashMap<>();

    record Bundle(String errorPrefix, Set<String> errorTitles, Set<String> englishOnly) {
    }

    @BeforeEach
    void openBrowser() throws Exception {
        beans.createBean(DemoData.class).run(null);
        // The demo producers (issue 22) come after the demo data, as in demo mode; made once.
        ((org.springframework.context.SmartLifecycle) beans.createBean(
                Class.forName("org.orepass.web.demo.DemoProducers"))).start();
        for (var language : List.of("en", "fr", "es", "sw")) {
            bundles.put(language, bundle(language));
        }
        browser = Browser.start();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        browser.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * The users this class sweeps, and whether it starts with the anonymous visitor. The sweep is split over two
     * classes so that the build's two test JVMs share it (it is the longest test by far).
     */
    List<String> users() {
        return FIRST_USERS;
    }

    boolean sweepsAnonymous() {
        return true;
    }

    @Test
    void everyPageFitsAPhoneReadsInItsLanguageAndPassesAxe() throws Exception {
        axeStillFindsAViolation();
        var start = System.nanoTime();
        int visited = 0;
        if (sweepsAnonymous()) {
            var anonymous = crawl("anonymous", "fr", passportPages());
            visited += anonymous.size();
            visited += revisit("anonymous", anonymous, List.of("en", "es", "sw"));
            visited += producerPages("anonymous", anonymous);
        }
        for (var user : users()) {
            open("/login?lang=fr");
            signInAs(user);
            var pages = crawl(user, "fr", List.of());
            visited += pages.size();
            visited += revisit(user, pages, List.of("en", "es", "sw"));
            visited += producerPages(user, pages);
            open("/?lang=fr");
            signOut();
        }
        System.out.printf("Page sweep: %d page views in %d s%n", visited, (System.nanoTime() - start) / 1_000_000_000L);
        assertThat(problems).as("problems found by the page sweep").isEmpty();
        assertThat(visited).as("pages visited").isGreaterThan(40);
    }

    private void signInAs(String user) {
        type("username", user);
        type("password", DemoData.PASSWORD);
        submit("main form button[type=submit]");
    }

    /**
     * axe-core on the open page, the WCAG 2.0-2.2 A and AA rules only. It runs in the page itself ("legacy" mode:
     * the default opens a blank window per page to finish the run, which cost a second a page) and reports
     * violations only, with passing nodes left out of the result: the sweep's axe time fell from 116 s to 41 s for
     * 117 pages. {@link #axeStillFindsAViolation()} shows these settings still catch a violation.
     */
    private Results axe() {
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG);
        var options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).setLegacyMode(true).disableIframeTesting().analyze(browser);
    }

    /** The sweep's axe settings, given a page with an unlabelled field and an image without text, report both. */
    private void axeStillFindsAViolation() {
        open("/login?lang=fr");
        js("const m = document.querySelector('main');"
                + "m.insertAdjacentHTML('beforeend', '<img src=\"/img/none.png\"><input type=\"text\" name=\"sweep\">');");
        var found = axe().getViolations().stream().map(Rule::getId).collect(Collectors.toSet());
        assertThat(found).as("axe-core as the sweep runs it").contains("image-alt", "label");
    }

    /**
     * The lot passport a buyer opens from a QR code (issue 18): no link leads an anonymous visitor to one, so the
     * sweep opens the code form and one certificate's passport (or, without a certificate, a shipment's or a tag's).
     */
    private List<String> passportPages() {
        var codes = jdbc.queryForList("select code from verification_code where revoked_at is null order by"
                + " case subject_kind when 'CERTIFICATE' then 0 when 'SHIPMENT' then 1 else 2 end, subject_id limit 1",
                String.class);
        var pages = new ArrayList<>(List.of("/verify"));
        codes.forEach(code -> pages.add("/verify/" + code));
        return pages;
    }

    /**
     * The producer pages (issue 22) each demo user may open, named here because links reach only the first few
     * within {@link #MAX_PAGES_PER_ROLE}: the profile, passport, plan, newest assessment, one of its answers, the
     * land rehabilitation commitment and its newest record, of the Kisoro cooperative (its operator, the Ugandan
     * inspector, the administrator, the auditor) or the Rubaya operator (its buyer the exporter, and the monitor of
     * the CSO that verifies it); the criteria page for the administrator; the dashboard for who may read it; the
     * two public passports for the anonymous visitor.
     */
    List<String> producerPagesOf(String user) {
        var kisoro = producerOf("Kisoro Tin Miners Cooperative");
        var rubaya = producerOf("Rubaya Artisanal Mining Operator");
        return switch (user) {
            case "anonymous" -> List.of("/producers/" + kisoro + "/passport", "/producers/" + rubaya + "/passport");
            case "admin" -> concat(List.of("/producers/criteria", "/producers/dashboard"), pagesOf(kisoro));
            case "inspector", "auditor" -> concat(List.of("/producers/dashboard"), pagesOf(kisoro));
            case "cso" -> concat(List.of("/producers/dashboard"), pagesOf(rubaya));
            case "exporter" -> pagesOf(rubaya);
            case "operator" -> pagesOf(kisoro);
            default -> List.of();
        };
    }

    private long producerOf(String organisation) {
        var ids = jdbc.queryForList("select p.id from producer_profile p join organisation o on o.id = p.organisation_id"
                + " where o.name = ? order by p.id limit 1", Long.class, organisation);
        assertThat(ids).as("demo producer " + organisation).isNotEmpty();
        return ids.get(0);
    }

    private List<String> pagesOf(long producer) {
        var base = "/producers/" + producer;
        var assessment = jdbc.queryForObject("select max(id) from producer_assessment where producer_id = ?",
                Long.class, producer);
        var answer = jdbc.queryForObject("select min(id) from producer_answer where assessment_id = ?", Long.class,
                assessment);
        var commitment = jdbc.queryForObject("select min(id) from producer_rehabilitation where producer_id = ?",
                Long.class, producer);
        var record = jdbc.queryForObject(
                "select max(id) from producer_rehabilitation_progress where rehabilitation_id = ?", Long.class,
                commitment);
        return List.of(base, base + "/passport", base + "/plan", base + "/assessments/" + assessment,
                base + "/answers/" + answer, base + "/rehabilitation/" + commitment,
                base + "/rehabilitation/" + commitment + "/records/" + record);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The user's producer pages: in French those whose route the crawl did not reach, and all of them in Swahili
     * (the longest words: where a table outgrows the screen first).
     */
    private int producerPages(String user, List<String> crawled) throws IOException {
        var routes = crawled.stream().map(PageSweepBrowserTest::route).collect(Collectors.toSet());
        int count = 0;
        for (var language : List.of("fr", "sw")) {
            for (var path : producerPagesOf(user)) {
                if (language.equals("fr") && routes.contains(route(path))) {
                    continue;
                }
                open(path + "?lang=" + language);
                check(user, language, path, false);
                count++;
            }
        }
        open("/?lang=fr");
        return count;
    }

    /** Breadth first from the home page (then {@code more}); returns the paths visited, in order. */
    private List<String> crawl(String user, String language, List<String> more) throws IOException {
        var routes = new LinkedHashSet<String>();
        var visited = new ArrayList<String>();
        var queue = new ArrayDeque<String>();
        queue.add("/");
        routes.add(route("/"));
        for (var path : more) {
            if (routes.add(route(path))) {
                queue.add(path);
            }
        }
        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
            var path = queue.poll();
            open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
            visited.add(path);
            check(user, language, path, false);
            for (var link : links()) {
                if (routes.add(route(link))) {
                    queue.add(link);
                }
            }
            if (path.endsWith("/new") || path.equals("/report") || path.endsWith("/password")) {
                errorState(user, language, path);
            }
        }
        return visited;
    }

    private int revisit(String user, List<String> pages, List<String> languages) throws IOException {
        int count = 0;
        for (var language : languages) {
            for (var path : pages.subList(0, Math.min(KEY_PAGES_PER_ROLE, pages.size()))) {
                open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                check(user, language, path, false);
                count++;
            }
        }
        open("/?lang=fr");
        return count;
    }

    /** Submits the page's first form empty: every field it asks for is missing. */
    private void errorState(String user, String language, String path) throws IOException {
        var forms = browser.findElements(By.cssSelector("main form[method=post]:not(.inline)"));
        if (forms.isEmpty()) {
            return;
        }
        var form = forms.get(0);
        js("for (const f of arguments[0].querySelectorAll('input[type=text],input[type=number],input[type=email],"
                + "input[type=password],input[type=date],input:not([type]),textarea')) { f.value = ''; }"
                + "for (const s of arguments[0].querySelectorAll('select')) { s.selectedIndex = 0; }"
                + "for (const c of arguments[0].querySelectorAll('input[type=checkbox],input[type=radio]')) { c.checked = false; }"
                + "arguments[0].noValidate = true;", form);
        var buttons = form.findElements(By.cssSelector("button[type=submit]:not([name]),button:not([type]):not([name])"));
        if (buttons.isEmpty()) {
            buttons = form.findElements(By.cssSelector("button"));
        }
        var button = buttons.get(buttons.size() - 1);
        js("window.sweepOldPage = true; arguments[0].click();", button);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> (Boolean) js("return !window.sweepOldPage && document.readyState === 'complete'"));
        check(user, language, path, true);
    }

    private void check(String user, String language, String path, boolean errorState) throws IOException {
        var where = "%s %s %s%s".formatted(language, user, path, errorState ? " (error state)" : "");
        var bundle = bundles.get(language);
        var title = browser.getTitle();
        if (bundle.errorTitles().stream().anyMatch(title::startsWith)) {
            problems.add(where + ": answers an error page: " + title);
        }
        var overflow = (String) js("""
                const w = window.innerWidth;
                if (document.documentElement.scrollWidth <= w) return null;
                const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
                  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > w + 1)).slice(0, 3)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                       + ' "' + e.textContent.trim().slice(0, 30) + '"');
                return document.documentElement.scrollWidth + ' px wide: ' + wide.join(', ');
                """);
        if (overflow != null) {
            problems.add(where + ": wider than " + WIDTH + " px: " + overflow);
        }
        var headerBottom = ((Number) js("""
                const h = document.querySelector('header.site-header');
                return h ? h.getBoundingClientRect().bottom + window.scrollY : 0;""")).doubleValue();
        if (headerBottom > HEADER_LIMIT) {
            problems.add(where + ": header and navigation take " + Math.round(headerBottom) + " px");
        }
        var text = (String) js("""
                const parts = [document.title];
                for (const e of document.querySelectorAll('body *:not(script):not(style)')) {
                  if (e.closest('[lang]:not(html)') && e.closest('[lang]:not(html)').lang !== document.documentElement.lang) continue;
                  for (const n of e.childNodes) if (n.nodeType === 3) parts.push(n.nodeValue);
                  for (const a of ['title', 'alt', 'placeholder', 'aria-label', 'value']) {
                    if (e.hasAttribute(a) && (a !== 'value' || e.tagName === 'BUTTON' || e.type === 'submit')) parts.push(e.getAttribute(a));
                  }
                }
                return parts.join('\\n').replace(/[ \\t\\u00a0]+/g, ' ');""");
        var raw = Pattern.compile("\\?\\?[^?\\s]+\\?\\?").matcher(text);
        if (raw.find()) {
            problems.add(where + ": missing message " + raw.group());
        }
        // The ICGLR certificate prints in English and French side by side whatever the reader's language
        // (export/certificate.html, lang="en" with lang="fr" parts): English there is the standard's, not a gap.
        if (!language.equals("en") && !route(path).equals("/exports/{n}/certificate")) {
            var english = bundle.englishOnly().stream().filter(text::contains).limit(3).toList();
            if (!english.isEmpty()) {
                problems.add(where + ": English text " + english);
            }
        }
        if (errorState) {
            var prefix = bundle.errorPrefix();
            if (!title.startsWith(prefix)) {
                problems.add(where + ": title does not start with “" + prefix + "”: " + title);
            }
            var focused = (Boolean) js("return !!document.activeElement.closest('.error-summary')");
            if (!browser.findElements(By.cssSelector(".error-summary")).isEmpty() && !focused) {
                problems.add(where + ": focus is not on the error summary");
            }
            if (browser.findElements(By.cssSelector(".error-summary")).isEmpty()) {
                problems.add(where + ": no error summary after an empty submit");
            }
        }
        // One primary button per page (issue 16): the others are secondary, or warnings for what cannot be undone.
        var primaries = ((Number) js("""
                return [...document.querySelectorAll('main button')].filter(b => b.offsetParent !== null
                  && !b.matches('.secondary, .warning, .link-button')).length;""")).intValue();
        if (primaries > 1) {
            problems.add(where + ": " + primaries + " primary buttons");
        }
        var results = axe();
        if (results.isErrored()) {
            problems.add(where + ": axe-core failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            problems.add(where + ": axe " + rule.getId() + " (" + rule.getHelp() + ") at "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(" ")));
        }
        Browser.screenshot(browser, "sweep/" + language + "-" + user + slug(path) + (errorState ? "-error" : ""));
    }

    private List<String> links() {
        @SuppressWarnings("unchecked")
        var hrefs = (List<String>) js("return [...document.querySelectorAll('a[href]')]"
                + ".map(a => new URL(a.getAttribute('href'), location.href).href)");
        var result = new ArrayList<String>();
        for (var href : hrefs) {
            var uri = URI.create(href.replace(" ", "%20"));
            if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
                continue;
            }
            var path = uri.getRawPath();
            if (path == null || path.isEmpty() || SKIPPED.matcher(path).find()) {
                continue;
            }
            var query = uri.getRawQuery();
            if (query != null) {
                query = Pattern.compile("(^|&)lang=[^&]*").matcher(query).replaceAll("");
                query = query.replaceFirst("^&", "");
            }
            result.add(query == null || query.isEmpty() ? path : path + "?" + query);
        }
        return result;
    }

    /** One route per page kind: numbers and ICGLR identifiers in the path stand for any record. */
    static String route(String path) {
        var bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return bare.replaceAll("/[A-Z]{2}-[^/]*", "/{icglr}").replaceAll("/\\d+", "/{n}")
                .replaceAll("/[0-9a-f-]{36}", "/{uuid}");
    }

    static String slug(String path) {
        var s = route(path).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return s.isEmpty() || s.equals("-") ? "-home" : s;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /**
     * What a page in {@code language} must not show: each English bundle text (the parts between placeholders, two
     * words or more, 14 characters or more) whose translation differs.
     */
    static Bundle bundle(String language) throws IOException {
        var english = new Properties();
        var translated = new Properties();
        try (var files = Files.walk(Path.of("src/main/resources"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                var name = file.getFileName().toString();
                if (!name.startsWith("messages") && !file.getParent().endsWith("i18n")) {
                    continue;
                }
                var base = name.replaceAll("(_[a-z]{2})?\\.properties$", "");
                var suffix = name.substring(base.length()).replace(".properties", "");
                if (suffix.isEmpty()) {
                    load(english, file);
                } else if (suffix.equals("_" + language)) {
                    load(translated, file);
                }
            }
        }
        var source = language.equals("en") ? english : translated;
        var englishOnly = new LinkedHashSet<String>();
        if (!language.equals("en")) {
            for (var key : english.stringPropertyNames()) {
                var value = english.getProperty(key);
                if (value.equals(translated.getProperty(key)) || value.contains("plural") || value.contains("choice")) {
                    continue;
                }
                for (var part : value.replace("''", "'").split("\\{[^}]*\\}|<[^>]*>")) {
                    var trimmed = part.strip();
                    if (trimmed.length() >= 14 && trimmed.contains(" ")
                            && !translated.getProperty(key, "").contains(trimmed)) {
                        englishOnly.add(trimmed);
                    }
                }
            }
        }
        var errorTitles = Set.of(source.getProperty("error.title"), source.getProperty("error.404.title"),
                source.getProperty("error.403.title"));
        return new Bundle(source.getProperty("form.error.prefix"), errorTitles, englishOnly);
    }

    private static void load(Properties into, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(reader);
        }
    }
}
