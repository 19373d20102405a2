package org.orepass.siteimport.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded CSV file read into records: RFC 4180 quoting (a quoted cell may hold separators, quotes and line
 * breaks), a byte-order mark ignored, and the separator taken from the header line: a comma, or the semicolon
 * that spreadsheets in French (and many other) locales write.
 */
public final class SiteImportFile {

    /** A record and the row number a spreadsheet shows for it (the header is row 1). */
    public record Record(int rowNumber, List<String> cells) {

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final char separator;
    private final List<String> header;
    private final List<Record> records;

    private SiteImportFile(char separator, List<String> header, List<Record> records) {
        this.separator = separator;
        this.header = header;
        this.records = records;
    }

    public static SiteImportFile parse(String text) {
        var body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var separator = separatorOf(body);
        var rows = split(body, separator);
        if (rows.isEmpty()) {
            return new SiteImportFile(separator, List.of(), List.of());
        }
        var header = rows.get(0).stream().map(String::strip).toList();
        var records = new ArrayList<Record>();
        for (int i = 1; i < rows.size(); i++) {
            var record = new Record(i + 1, rows.get(i));
            if (!record.isBlank()) { // spreadsheets leave empty lines at the end
                records.add(record);
            }
        }
        return new SiteImportFile(separator, header, List.copyOf(records));
    }

    public char separator() {
        return separator;
    }

    public List<String> header() {
        return header;
    }

    public List<Record> records() {
        return records;
    }

    /** The separator the header line uses most, outside quotes; a one-column file counts as comma-separated. */
    private static char separatorOf(String body) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<List<String>> split(String body, char separator) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
