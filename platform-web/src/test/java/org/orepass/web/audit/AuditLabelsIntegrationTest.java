package org.orepass.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.orepass.audit.AuditedFields;
import org.orepass.site.SiteStatus;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field the audit trail records, every record type and every enum constant it may show has words in each of
 * the four languages (issue 16). The fields come from Hibernate's metamodel ({@link AuditedFields}), so a new
 * entity or field without a label fails here.
 */
@PlatformTest
class AuditLabelsIntegrationTest {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "sw");
    static final Path RESOURCES = Path.of("src", "main", "resources");

    @Autowired AuditedFields auditedFields;

    @Test
    void theMetamodelListsEveryAuditedFieldAndLeavesOutIdsVersionsAndNotAuditedFields() {
        var all = auditedFields.all();
        assertThat(all).containsKeys("Organisation", "UserAccount", "MineSite", "Lot", "Incident", "ExportShipment");
        assertThat(all.get("Organisation")).containsKeys("smelterAuditStatus", "type", "active", "name")
                .doesNotContainKeys("id", "version");
        assertThat(all.get("UserAccount")).containsKeys("passwordHash", "roles").doesNotContainKey("failedLogins");
        assertThat(all.get("MineSite").get("status")).isEqualTo(SiteStatus.class);
        assertThat(all.get("UserAccount").get("roles")).isEqualTo(org.orepass.account.Role.class);
        assertThat(all.values().stream().mapToInt(Map::size).sum()).as("audited fields").isGreaterThan(400);
    }

    @Test
    void everyAuditedFieldRecordTypeAndConstantHasWordsInEveryLanguage() throws IOException {
        for (var language : LANGUAGES) {
            assertThat(missing(auditedFields.all(), bundle(language)))
                    .as("audit labels missing in %s (i18n/audit*.properties)", language).isEmpty();
        }
    }

    /** The check itself: a field, a record type and a constant without words are each reported. */
    @Test
    void aFieldARecordTypeAndAConstantWithoutWordsAreFound() throws IOException {
        var fields = new LinkedHashMap<String, Map<String, Class<?>>>(auditedFields.all());
        fields.put("Smelter", Map.of("furnace", String.class));
        fields.put("Organisation", Map.of("name", String.class, "colour", Colour.class,
                "status", SiteStatus.class));
        assertThat(missing(fields, bundle("sw"))).containsExactlyInAnyOrder("audit.entity.Smelter",
                "audit.field.furnace (Smelter)", "audit.field.colour (Organisation)",
                "audit.value.colour.MAUVE (Organisation.colour)");
    }

    enum Colour {
        MAUVE
    }

    static List<String> missing(Map<String, Map<String, Class<?>>> all, Properties bundle) {
        var missing = new ArrayList<String>();
        all.forEach((entity, fields) -> {
            if (!bundle.containsKey("audit.entity." + entity)) {
                missing.add("audit.entity." + entity);
            }
            fields.forEach((field, type) -> {
                if (!bundle.containsKey("audit.field." + entity + "." + field)
                        && !bundle.containsKey("audit.field." + field)) {
                    missing.add("audit.field." + field + " (" + entity + ")");
                }
                if (type.isEnum()) {
                    var prefix = AuditLabels.ENUM_LABELS.get(type.getName());
                    for (Object constant : type.getEnumConstants()) {
                        var name = ((Enum<?>) constant).name();
                        if ((prefix == null || !bundle.containsKey(prefix + name))
                                && !bundle.containsKey("audit.value." + field + "." + name)) {
                            missing.add("audit.value." + field + "." + name + " (" + entity + "." + field + ")");
                        }
                    }
                }
            });
        });
        return missing;
    }

    /** Every bundle of one language (messages and the feature bundles in i18n/), read from its own files. */
    static Properties bundle(String language) throws IOException {
        var suffix = language.equals("en") ? "" : "_" + language;
        var files = new ArrayList<Path>();
        files.add(RESOURCES.resolve("messages" + suffix + ".properties"));
        try (var listing = Files.list(RESOURCES.resolve("i18n"))) {
            listing.filter(file -> {
                var name = file.getFileName().toString();
                return language.equals("en") ? !name.matches(".*_[a-z]{2}\\.properties")
                        : name.endsWith(suffix + ".properties");
            }).sorted().forEach(files::add);
        }
        var merged = new Properties();
        for (var file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                merged.load(reader);
            }
        }
        return merged;
    }
}
