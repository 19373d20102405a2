package org.orepass.web.icglr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas the API checks against are the standard's: the copy in the repository equals the reference copy
 * wherever one sits beside the checkout ({@code ../shared/standards/icglr}, or ICGLR_STANDARD_DIR).
 */
class IcglrSchemaCopyTest {

    private static final Path COPY = Path.of("src/main/resources/icglr");

    @Test
    void theCopyEqualsTheReference() throws IOException {
        var configured = System.getenv("ICGLR_STANDARD_DIR");
        var reference = configured != null ? Path.of(configured) : Path.of("../../shared/standards/icglr");
        assumeTrue(Files.isDirectory(reference), "no reference copy beside this checkout");
        try (Stream<Path> files = Files.walk(reference.resolve("schemas"))) {
            var schemas = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(schemas).isNotEmpty();
            for (Path schema : schemas) {
                var copy = COPY.resolve(reference.relativize(schema).toString());
                assertThat(copy).as("copy of %s", schema).exists();
                assertThat(Files.readString(copy)).as("copy of %s", schema).isEqualTo(Files.readString(schema));
            }
        }
        assertThat(Files.readString(COPY.resolve("openapi.yaml")))
                .isEqualTo(Files.readString(reference.resolve("openapi.yaml")));
        assertThat(Files.readString(COPY.resolve("context.jsonld")))
                .isEqualTo(Files.readString(reference.resolve("context.jsonld")));
    }

    @Test
    void theCopyHoldsTheMineSiteSchemas() {
        assertThat(COPY.resolve("schemas/mine-site/mine-site.json")).exists();
        assertThat(COPY.resolve("schemas/core/common.json")).exists();
    }

    @Test
    void theCopyHoldsTheChainOfCustodySchemasTheLotApiChecksAgainst() {
        assertThat(COPY.resolve("schemas/" + IcglrSchemas.LOT)).exists();
        assertThat(COPY.resolve("schemas/chain-of-custody/tag.json")).exists();
        assertThat(COPY.resolve("schemas/chain-of-custody/tax.json")).exists();
    }
}
