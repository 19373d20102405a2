package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text comes from the message bundles, and every bundle has every key. */
class MessageBundleCompletenessTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9.-]+)[}(]");
    private static final Pattern FRAGMENT_KEY = Pattern.compile("'([a-z]+(?:\\.[a-zA-Z-]+)+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
    private static final Set<String> USER_FACING_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "value", "label");

    /** The bundles named in application.yml: messages plus one file per feature under i18n/. */
    static final List<String> BASENAMES = List.of(
            "messages",
            "i18n/site-map",
            "i18n/site-import",
            "i18n/site-proposals",
            "i18n/icglr-api",
            "i18n/custody",
            "i18n/genealogy",
            "i18n/logbook",
            "i18n/revenue",
            "i18n/custody-ops",
            "i18n/export",
            "i18n/export-taxes",
            "i18n/incidents",
            "i18n/risk",
            "i18n/field-help", "i18n/provenance",
            "i18n/smelters", "i18n/ledger", "i18n/sms",
            "i18n/audit", "i18n/alerts", "i18n/offline",
            "i18n/contracts",
            "i18n/legal-help", "i18n/savings", "i18n/producer",
            "i18n/producer-criteria");

    /** All bundles of one language merged, as Spring's MessageSource sees them. */
    static Properties bundle(String suffix) throws IOException {
        var merged = new Properties();
        for (String basename : BASENAMES) {
            merged.putAll(single(basename, suffix));
        }
        return merged;
    }

    private static Properties single(String basename, String suffix) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessageBundleCompletenessTest.class
                .getResourceAsStream("/" + basename + suffix + ".properties")) {
            assertThat(in).as("bundle %s%s.properties", basename, suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theApplicationLoadsEveryBundle() throws IOException {
        var config = Files.readString(Path.of("src/main/resources/application.yml"));
        var listed = new java.util.ArrayList<String>();
        var inList = false;
        for (var line : config.lines().toList()) {
            if (line.trim().equals("basename:")) {
                inList = true;
            } else if (inList && line.trim().startsWith("- ")) {
                listed.add(line.trim().substring(2).trim());
            } else if (inList && !line.trim().startsWith("#")) {
                inList = false;
            }
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(BASENAMES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es", "_sw"})
    void everyLanguageHasExactlyTheEnglishKeys(String suffix) throws IOException {
        for (String basename : BASENAMES) {
            var english = single(basename, "");
            var other = single(basename, suffix);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of %s%s", basename, suffix)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as("%s in %s%s", key, basename, suffix).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_sw"})
    void noValueUsesTheApostropheThatMessageFormatSwallows(String suffix) throws IOException {
        var bundle = bundle(suffix);
        for (String key : bundle.stringPropertyNames()) {
            assertThat(bundle.getProperty(key)).as("%s in messages%s", key, suffix).doesNotContain("'");
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        var keys = bundle("").stringPropertyNames();
        var missing = new TreeSet<String>();
        for (Path file : files(TEMPLATES, ".html")) {
            var text = Files.readString(file);
            LITERAL_KEY.matcher(text).results().map(m -> m.group(1)).filter(k -> !keys.contains(k))
                    .forEach(k -> missing.add(k + " (" + file.getFileName() + ")"));
            FRAGMENT_KEY.matcher(text).results().map(m -> m.group(1))
                    .filter(k -> k.contains(".") && !k.startsWith("org.") && !keys.contains(k))
                    .filter(k -> !k.endsWith("."))
                    .forEach(k -> missing.add(k + " (" + file.getFileName() + ")"));
        }
        for (Path file : files(JAVA, ".java")) {
            var text = Files.readString(file);
            JAVA_KEY.matcher(text).results().map(m -> m.group(1))
                    .filter(k -> k.matches("(validation|edit|organisation|user|password|profile|token|form|site|inspection|sitemap|siteimport|proposal|icglr|custody|tag|lot|logbook|revenue|tax|operation|export|certificate|incident|risk|redflag)\\..+"))
                    .filter(k -> !keys.contains(k))
                    .forEach(k -> missing.add(k + " (" + file.getFileName() + ")"));
        }
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    @Test
    void templatesHoldNoLiteralUserFacingText() throws IOException {
        var literals = new ArrayList<String>();
        var templates = files(TEMPLATES, ".html");
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path file : templates) {
            var document = Jsoup.parse(Files.readString(file));
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                        || element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode node : element.textNodes()) {
                    // Inlined expressions ([[...]] escaped, [(...)] unescaped) are computed, not literal text.
                    var literal = node.text().replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "");
                    if (literal.codePoints().anyMatch(Character::isLetter)) {
                        literals.add(file.getFileName() + ": \"" + node.text().strip() + "\"");
                    }
                }
                for (String attribute : USER_FACING_ATTRIBUTES) {
                    var value = element.attr(attribute);
                    if (!value.isEmpty() && value.codePoints().anyMatch(Character::isLetter)
                            && !(attribute.equals("value") && isCodeValue(value))) {
                        literals.add(file.getFileName() + ": " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("user-facing text written into templates instead of message bundles").isEmpty();
    }

    /** Form values such as "true" are data, not text people read. */
    private static boolean isCodeValue(String value) {
        return value.equals("true") || value.equals("false");
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(extension)).toList();
        }
    }
}
