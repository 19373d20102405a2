package org.orepass.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The feature diagram in docs/architecture.md is generated from the code: this test draws it from the compiled
 * classes (every layer, the shared kernel left out) and fails when the document's copy differs. Run it with
 * {@code -Dorepass.architecture.write=true} to write the new diagram into the document.
 */
class DependencyDiagramTest {

    @Test
    void theDiagramInTheDocumentIsTheOneTheCodeDraws() throws IOException {
        var classes = FeatureMap.productionClasses();
        var features = FeatureMap.fromDocs();
        var graph = FeatureMap.actualDependencies(classes, features.kernel);
        var diagram = new StringBuilder("```mermaid\ngraph LR\n");
        graph.forEach((from, tos) -> {
            if (tos.isEmpty()) {
                diagram.append("  ").append(from).append('\n');
            }
            tos.forEach(to -> diagram.append("  ").append(from).append(" --> ").append(to).append('\n'));
        });
        diagram.append("```\n");

        var doc = Files.readString(FeatureMap.ARCHITECTURE_DOC);
        var current = FeatureMap.between(doc, "feature-diagram");
        if (!current.equals(diagram.toString()) && Boolean.getBoolean("orepass.architecture.write")) {
            var start = doc.indexOf('\n', doc.indexOf("<!-- feature-diagram:start -->")) + 1;
            var end = doc.indexOf("<!-- feature-diagram:end -->");
            Files.writeString(FeatureMap.ARCHITECTURE_DOC, doc.substring(0, start) + diagram + doc.substring(end));
            return;
        }
        assertThat(current).as("docs/architecture.md's diagram is out of date: run this test with "
                + "-Dorepass.architecture.write=true").isEqualTo(diagram.toString());
    }
}
