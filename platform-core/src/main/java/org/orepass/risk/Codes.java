package org.orepass.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Answers and levels are stored as {@code KEY=VALUE;KEY=VALUE}: a handful of codes, read and written whole. */
final class Codes {

    private Codes() {
    }

    static String write(Map<String, String> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static Map<String, String> read(String text) {
        var result = new LinkedHashMap<String, String>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (var pair : text.split(";")) {
            var eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return result;
    }
}
