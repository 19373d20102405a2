package org.orepass.web.icglr;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The ICGLR standard's JSON Schemas, read from the copy on the classpath ({@code icglr/schemas}): their
 * {@code https://icglr.org/schemas/} identifiers resolve to those files, so no check ever goes to the internet.
 */
@Component
public class IcglrSchemas {

    public static final String MINE_SITE = "mine-site/mine-site.json";
    public static final String LOT = "chain-of-custody/lot.json";

    private static final String BASE = "https://icglr.org/schemas/";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:icglr/schemas/")));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** What is wrong with {@code document} by the named schema, as field paths and reasons; empty when valid. */
    public List<IcglrProblem> check(String schema, JsonNode document) {
        return schemas.computeIfAbsent(schema, name -> registry.getSchema(SchemaLocation.of(BASE + name)))
                .validate(document).stream()
                .map(error -> new IcglrProblem(field(error.getInstanceLocation().toString(),
                        "required".equals(error.getKeyword()) ? error.getProperty() : null), error.getMessage()))
                .toList();
    }

    /**
     * "/owner/contactDetails" becomes "owner.contactDetails" and "/mineral/0" "mineral[0]", the way the problems
     * name fields; a missing required property is named itself.
     */
    static String field(String pointer, String missingProperty) {
        var field = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty() || part.equals("$")) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                field.append('[').append(part).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        if (missingProperty != null) {
            field.append(field.isEmpty() ? "" : ".").append(missingProperty);
        }
        return field.toString();
    }
}
