package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words of docs/glossary.md hold in every bundle (issue 16): each term is in its reference key's text in each
 * language, and no text of a language uses a word the glossary rules out for it.
 */
class GlossaryConsistencyTest {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "sw");
    static final Path GLOSSARY = Path.of("..", "docs", "glossary.md");
    static final Path RESOURCES = Path.of("src", "main", "resources");

    record Term(String concept, String key, Map<String, String> words, String not) {
    }

    @Test
    void everyGlossaryTermHoldsInEveryLanguage() throws IOException {
        var terms = terms();
        assertThat(terms).as("glossary rows").hasSizeGreaterThanOrEqualTo(10);
        var bundles = new java.util.HashMap<String, Properties>();
        for (var language : LANGUAGES) {
            bundles.put(language, bundle(language));
        }
        assertThat(problems(terms, bundles)).as("words that drifted from docs/glossary.md").isEmpty();
    }

    /** The check itself finds a drifted reference text and a ruled-out word anywhere in the language. */
    @Test
    void aDriftedTranslationAndARuledOutWordAreFound() throws IOException {
        var bundles = new java.util.HashMap<String, Properties>();
        for (var language : LANGUAGES) {
            bundles.put(language, bundle(language));
        }
        bundles.get("sw").setProperty("lot.nav", "Loti");
        bundles.get("fr").setProperty("some.text", "La revue du site");
        assertThat(problems(terms(), bundles)).anySatisfy(p -> assertThat(p).startsWith("sw: lot.nav"))
                .anySatisfy(p -> assertThat(p).startsWith("sw: lot.nav uses “loti”"))
                .anySatisfy(p -> assertThat(p).startsWith("fr: some.text uses “revue”"));
    }

    static List<String> problems(List<Term> terms, Map<String, Properties> bundles) {
        var problems = new ArrayList<String>();
        for (var language : LANGUAGES) {
            var bundle = bundles.get(language);
            for (var term : terms) {
                var text = bundle.getProperty(term.key());
                if (text == null) {
                    problems.add(language + ": " + term.key() + " is missing");
                    continue;
                }
                var forms = term.words().get(language).split("/");
                var lower = text.toLowerCase(Locale.ROOT);
                if (java.util.Arrays.stream(forms).noneMatch(form -> lower.contains(form.strip().toLowerCase(Locale.ROOT)))) {
                    problems.add(language + ": " + term.key() + " = “" + text + "” does not say “"
                            + term.words().get(language) + "” (" + term.concept() + ")");
                }
            }
            for (var term : terms) {
                for (var rule : term.not().split(";")) {
                    var parts = rule.split(":", 2);
                    if (parts.length < 2 || !parts[0].strip().equals(language)) {
                        continue;
                    }
                    for (var word : parts[1].split(",")) {
                        var pattern = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(word.strip()) + "(?!\\p{L})");
                        for (var key : bundle.stringPropertyNames()) {
                            if (pattern.matcher(bundle.getProperty(key)).find()) {
                                problems.add(language + ": " + key + " uses “" + word.strip() + "” for "
                                        + term.concept() + ", the glossary says “" + term.words().get(language) + "”");
                            }
                        }
                    }
                }
            }
        }
        return problems;
    }

    static List<Term> terms() throws IOException {
        var terms = new ArrayList<Term>();
        boolean inTable = false;
        for (var line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (line.startsWith("| concept |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("| ---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            var cells = line.split("\\|", -1);
            terms.add(new Term(cells[1].strip(), cells[2].strip(), Map.of("en", cells[3].strip(), "fr",
                    cells[4].strip(), "es", cells[5].strip(), "sw", cells[6].strip()), cells[7].strip()));
        }
        return terms;
    }

    /** Every bundle of the language (messages and the feature bundles in i18n/) as one. */
    static Properties bundle(String language) throws IOException {
        var suffix = language.equals("en") ? "" : "_" + language;
        var merged = new Properties();
        var files = new ArrayList<Path>();
        files.add(RESOURCES.resolve("messages" + suffix + ".properties"));
        try (var listing = Files.list(RESOURCES.resolve("i18n"))) {
            listing.filter(file -> {
                var name = file.getFileName().toString();
                return language.equals("en") ? !name.matches(".*_[a-z]{2}\\.properties")
                        : name.endsWith(suffix + ".properties");
            }).forEach(files::add);
        }
        for (var file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                merged.load(reader);
            }
        }
        return merged;
    }
}
