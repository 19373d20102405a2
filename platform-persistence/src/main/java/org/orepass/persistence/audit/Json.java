package org.orepass.persistence.audit;

import java.util.Collection;
import org.orepass.audit.FieldChange;

/** The few lines of JSON the audit trail needs, without pulling a JSON library into persistence. */
final class Json {

    private Json() {
    }

    static String changes(Collection<FieldChange> changes) {
        var json = new StringBuilder("{");
        for (FieldChange change : changes) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(string(change.field())).append(":{\"old\":").append(string(change.oldValue()))
                    .append(",\"new\":").append(string(change.newValue())).append('}');
        }
        return json.append('}').toString();
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        var out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
