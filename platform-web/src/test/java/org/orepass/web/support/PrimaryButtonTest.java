package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One primary button per page (issue 16, GOV.UK): in every template at most one button is written without a
 * class (the primary style); every other one is {@code secondary}, a {@code warning} (refuse, reject, revoke,
 * deactivate: what cannot be undone) or a {@code link-button}, or chooses its class by state ({@code th:class}).
 * PageSweepBrowserTest checks the rendered pages the same way.
 */
class PrimaryButtonTest {

    private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern STYLED = Pattern.compile("\\bclass=\"[^\"]*\\b(secondary|warning|link-button)\\b"
            + "|th:class=");
    private static final Pattern DESTRUCTIVE = Pattern.compile("#\\{[a-z.]*(refuse|reject|revoke|remove|deactivate)\\}");

    @Test
    void everyTemplateHasAtMostOnePrimaryButtonAndDestructiveOnesAreWarnings() throws IOException {
        var problems = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var text = Files.readString(file);
                var primaries = 0;
                var matcher = BUTTON.matcher(text);
                while (matcher.find()) {
                    var button = matcher.group();
                    if (!STYLED.matcher(button).find()) {
                        primaries++;
                    }
                    if (DESTRUCTIVE.matcher(button).find() && !button.contains("warning")) {
                        problems.add(file.getFileName() + ": not a warning: " + button.replaceAll("\\s+", " "));
                    }
                }
                if (primaries > 1) {
                    problems.add(file.getFileName() + ": " + primaries + " primary buttons");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
