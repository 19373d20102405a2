package org.orepass.web.support;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The one way OrePass writes CSV: RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheet programs
 * open accents correctly, and cells that start like a formula neutralised (CSV injection).
 */
public final class Csv {

    private final Writer out;

    public Csv(Writer out) throws IOException {
        this.out = out;
        out.write('\uFEFF');
    }

    public Csv row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)
                && !text.matches("^[+-]?\\d+(\\.\\d+)?$")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
