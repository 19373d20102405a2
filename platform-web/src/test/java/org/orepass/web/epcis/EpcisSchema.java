package org.orepass.web.epcis;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The GS1 EPCIS 2.0 JSON Schema (a copy of {@code ../shared/standards/epcis/EPCIS-JSON-Schema.json}, GS1's licence
 * next to it), its {@code $id} resolved to the copy so no check goes to the internet.
 */
final class EpcisSchema {

    private static final String ID = "https://gs1.github.io/EPCIS/";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID, "classpath:epcis/")))
            .getSchema(SchemaLocation.of(ID + "EPCIS-JSON-Schema.json"));

    private EpcisSchema() {
    }

    /** What the schema finds wrong with the document, as "where: why"; empty when valid. */
    static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }
}
