package org.orepass.siteimport.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.orepass.shared.Text;

/**
 * An uploaded CSV file read into records: RFC 4180 quoting (a quoted cell may hold separators, quotes and line
 * breaks), a byte-order mark ignored, and the separator taken from the header line: a comma, or the semicolon
 * that spreadsheets in French (and many other) locales write.
 */
public final class SiteImportFile {

    /** A record and the row number a spreadsheet shows for it (the header is row 1). */
    public record Record(int rowNumber, List<String> cells, String problem) {

        public Record(int rowNumber, List<String> cells) {
            this(rowNumber, cells, null);
        }

        public boolean isBlank() {
            return problem == null && cells.stream().allMatch(String::isBlank);
        }
    }

    /** The message key of a row the CSV reader could not read to its end (an unclosed quote). */
    public static final String UNREADABLE_ROW = "siteimport.row.unclosed-quote";

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
        var header = rows.get(0).cells().stream().map(String::strip).toList();
        var records = new ArrayList<Record>();
        for (int i = 1; i < rows.size(); i++) {
            var record = new Record(i + 1, rows.get(i).cells(), rows.get(i).problem());
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

    /**
     * The rows as Apache Commons CSV reads them (RFC 4180 with the separator found), cells without control
     * characters. A row the reader cannot finish (a quote opened and never closed, text after a closing quote)
     * ends the file: it becomes a record with the problem {@link #UNREADABLE_ROW} and its row number, as nothing
     * after it can be told apart from the open cell.
     */
    private static List<Row> split(String body, char separator) {
        var format = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(separator).setIgnoreEmptyLines(false)
                .get();
        var rows = new ArrayList<Row>();
        try (var parser = format.parse(new StringReader(body))) {
            var iterator = parser.iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    var record = iterator.next();
                    var cells = new ArrayList<String>(record.size());
                    record.forEach(cell -> cells.add(Text.clean(cell)));
                    rows.add(new Row(cells, null));
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    rows.add(new Row(List.of(), UNREADABLE_ROW));
                    break;
                }
            }
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
        return rows;
    }

    private record Row(List<String> cells, String problem) {
    }
}
