package org.orepass.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.audit.internal.FieldChange;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail's changes as JSON: any text survives the trip, absent values are JSON null, order is kept. */
class JsonTest {

    @Test
    void anyTextComesBackAsItWasWritten() {
        var awkward = "Coopérative \"Nyabibwe\" \\ C:\\mines\n\ttab\r\u0001\u001f \u2028 😀 </script>";
        var json = Json.changes(List.of(new FieldChange("name", null, awkward),
                new FieldChange("address", "Kalehe", null)));

        var read = JsonMapper.builder().build().readTree(json);
        assertThat(read.propertyNames()).containsExactly("name", "address");
        assertThat(read.path("name").path("old").isNull()).isTrue();
        assertThat(read.path("name").path("new").asString()).isEqualTo(awkward);
        assertThat(read.path("address").path("old").asString()).isEqualTo("Kalehe");
        assertThat(read.path("address").path("new").isNull()).isTrue();
    }

    @Test
    void noChangesIsAnEmptyObject() {
        assertThat(Json.changes(List.of())).isEqualTo("{}");
    }
}
