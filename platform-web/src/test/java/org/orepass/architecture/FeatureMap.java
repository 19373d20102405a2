package org.orepass.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which feature a class belongs to, and which features each feature may use, as written once in
 * docs/architecture.md (the table between the {@code feature-dependencies} markers:
 * feature, layers, {@code kernel} (every feature may use it) or {@code feature}, and the features it may use besides
 * the kernel). A feature has the same name in every layer: {@code org.orepass.custody},
 * {@code org.orepass.persistence.custody}, {@code org.orepass.web.custody}.
 */
final class FeatureMap {

    static final Path ARCHITECTURE_DOC = Path.of("..", "docs", "architecture.md");
    /** A table row: feature, its layers, whether it is kernel, the features it may use. */
    private static final Pattern ROW =
            Pattern.compile("^\\|\\s*`?([a-z]+)`?\\s*\\|[^|]*\\|\\s*(kernel|feature)\\s*\\|([^|]*)\\|.*$");

    /** Features every feature may use: the shared kernel. */
    final Set<String> kernel;
    /** For each feature, the features it may use besides the kernel. */
    final Map<String, Set<String>> allowed;

    private FeatureMap(Set<String> kernel, Map<String, Set<String>> allowed) {
        this.kernel = kernel;
        this.allowed = allowed;
    }

    /**
     * The production classes of every layer: test classes left out, including those of another module's test jar
     * (persistence's {@code testing} fixtures reach this module as {@code platform-persistence-*-tests.jar}).
     */
    static JavaClasses productionClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.orepass");
    }

    static FeatureMap fromDocs() {
        try {
            return parse(Files.readString(ARCHITECTURE_DOC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeatureMap parse(String markdown) {
        var table = between(markdown, "feature-dependencies");
        var kernel = new TreeSet<String>();
        var allowed = new TreeMap<String, Set<String>>();
        for (var line : table.lines().toList()) {
            var row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            if (row.group(2).equals("kernel")) {
                kernel.add(row.group(1));
            }
            allowed.put(row.group(1), Arrays.stream(row.group(3).replace("`", "").split("[,\\s]+"))
                    .filter(s -> !s.isBlank() && !s.equals("-") && !s.equals("\u2014"))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        if (allowed.isEmpty()) {
            throw new IllegalStateException("no feature table between the feature-dependencies markers");
        }
        return new FeatureMap(kernel, allowed);
    }

    static String between(String text, String marker) {
        var start = text.indexOf("<!-- " + marker + ":start -->");
        var end = text.indexOf("<!-- " + marker + ":end -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException("markers <!-- " + marker + ":start/end --> not found");
        }
        return text.substring(text.indexOf('\n', start) + 1, end);
    }

    /** The feature of a class in any layer, or null for the application class at the root. */
    static String featureOf(JavaClass type) {
        var parts = type.getPackageName().split("\\.");
        if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("orepass")) {
            return null;
        }
        var at = parts[2].equals("persistence") || parts[2].equals("web") ? 3 : 2;
        return parts.length > at ? parts[at] : null;
    }

    /** Whether a class lies in its feature's {@code internal} package (in any layer). */
    static boolean isInternal(JavaClass type) {
        return ("." + type.getPackageName() + ".").contains(".internal.");
    }

    boolean mayUse(String feature, String other) {
        return feature.equals(other) || kernel.contains(other)
                || allowed.getOrDefault(feature, Set.of()).contains(other);
    }

    /** The feature-to-feature dependencies the code has today (kernel features left out), for the diagram. */
    static Map<String, Set<String>> actualDependencies(JavaClasses classes, Set<String> leaveOut) {
        var graph = new LinkedHashMap<String, Set<String>>();
        for (var type : classes) {
            var from = featureOf(type);
            if (from == null || leaveOut.contains(from)) {
                continue;
            }
            graph.computeIfAbsent(from, f -> new TreeSet<>());
            for (var dependency : type.getDirectDependenciesFromSelf()) {
                var to = featureOf(dependency.getTargetClass());
                if (to != null && !to.equals(from) && !leaveOut.contains(to)) {
                    graph.get(from).add(to);
                }
            }
        }
        return new TreeMap<>(graph);
    }
}
