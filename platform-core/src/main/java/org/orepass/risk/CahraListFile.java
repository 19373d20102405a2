package org.orepass.risk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.orepass.geography.Countries;

/**
 * A CAHRA list as a CSV file: one area a line, {@code country,division} (ISO 3166-1 alpha-2, then an ISO 3166-2
 * division of it or nothing for the whole country), comma or semicolon separated, an optional header line
 * starting with "country", blank lines ignored. Every bad line is reported with its number, none is skipped.
 */
final class CahraListFile {

    /** More lines than any official list has (the EU's indicative list names a few dozen areas). */
    static final int MAX_LINES = 5_000;

    record Row(int line, String country, String division) {
    }

    record Parsed(List<Row> rows, List<CahraLoadRefused.LineError> errors) {
    }

    private CahraListFile() {
    }

    static Parsed parse(byte[] content) {
        var rows = new ArrayList<Row>();
        var errors = new ArrayList<CahraLoadRefused.LineError>();
        var text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var lines = text.split("\r\n|\n|\r", -1);
        if (lines.length > MAX_LINES) {
            errors.add(new CahraLoadRefused.LineError(MAX_LINES + 1, "risk.cahra.load.tooLong", MAX_LINES));
            return new Parsed(rows, errors);
        }
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < lines.length; i++) {
            var number = i + 1;
            var line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("country"))) {
                continue;
            }
            var cells = line.split("[,;]", -1);
            if (cells.length > 2) {
                errors.add(new CahraLoadRefused.LineError(number, "risk.cahra.load.columns"));
                continue;
            }
            var country = unquote(cells[0]).toUpperCase(Locale.ROOT);
            var division = cells.length > 1 ? unquote(cells[1]).toUpperCase(Locale.ROOT) : "";
            if (!Countries.isCountry(country)) {
                errors.add(new CahraLoadRefused.LineError(number, "risk.cahra.load.country", country));
                continue;
            }
            if (!division.isEmpty() && !Countries.isDivisionOf(division, country)) {
                errors.add(new CahraLoadRefused.LineError(number, "risk.cahra.load.division", division, country));
                continue;
            }
            var place = country + "/" + division;
            var first = seen.putIfAbsent(place, number);
            if (first != null) {
                errors.add(new CahraLoadRefused.LineError(number, "risk.cahra.load.twice", first));
                continue;
            }
            rows.add(new Row(number, country, division.isEmpty() ? null : division));
        }
        return new Parsed(rows, errors);
    }

    private static String unquote(String cell) {
        var value = cell.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
