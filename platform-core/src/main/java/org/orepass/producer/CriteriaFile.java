package org.orepass.producer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.orepass.shared.Text;

/**
 * A criteria set written as one CSV file (docs/producer-criteria.md): one row per text, its kind in the column
 * {@code record} ({@code set}, {@code source}, {@code module}, {@code criterion}, {@code level}) and its language in
 * {@code lang} ({@code en} required, {@code fr}, {@code es}, {@code sw} optional). Read with Apache Commons CSV
 * (RFC 4180; comma or semicolon, taken from the header line; a byte-order mark ignored). Every problem of every
 * row is collected with its row number (the header is row 1), its column and a message key, so the administrator
 * sees them all at once in their own language; nothing is loaded from a file with a problem.
 */
public final class CriteriaFile {

    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "sw");
    public static final List<String> COLUMNS = List.of("record", "number", "version", "module", "category", "level",
            "lang", "text", "evidence", "url", "date");
    static final List<String> REQUIRED_COLUMNS = List.of("record", "number", "lang", "text");
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    public static final int MAX_PROBLEMS = 200;
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,9}");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");

    /** A problem: its row (null: the whole file), column (null: the whole row), message key and arguments. */
    public record Problem(Integer row, String column, String key, List<Object> arguments) {

        static Problem of(Integer row, String column, String key, Object... arguments) {
            return new Problem(row, column, key, List.of(arguments));
        }
    }

    /** A module: its number and title per language. */
    public record Module(String number, Map<String, String> titles) {
    }

    /** A criterion: number, module number, serious risk (or none), title, meaning and evidence of each level. */
    public record Item(String number, String module, SeriousRisk category, Map<String, String> titles,
            Map<ProgressLevel, Map<String, String>> descriptions, Map<ProgressLevel, Map<String, String>> evidence) {
    }

    /** What the file holds; usable only when {@link #problems()} is empty. */
    public record Parsed(String code, String version, String url, LocalDate date, Map<String, String> titles,
            Map<String, String> sources, List<Module> modules, List<Item> criteria, List<Problem> problems,
            int problemCount) {

        public boolean ok() {
            return problemCount == 0;
        }

        /** The languages every text of the set is written in (English always). */
        public List<String> completeLanguages() {
            return LANGUAGES.stream().filter(lang -> titles.containsKey(lang) && sources.containsKey(lang)
                    && modules.stream().allMatch(m -> m.titles().containsKey(lang))
                    && criteria.stream().allMatch(c -> c.titles().containsKey(lang)
                            && c.descriptions().values().stream().allMatch(t -> t.containsKey(lang))))
                    .toList();
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private int problemCount;
    private final LocalDate today;

    private CriteriaFile(LocalDate today) {
        this.today = today;
    }

    /** Reads and checks the file's text (already decoded from UTF-8); {@code today} bounds the source's date. */
    public static Parsed read(String text, LocalDate today) {
        return new CriteriaFile(today).parse(text);
    }

    private void problem(Integer row, String column, String key, Object... arguments) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(Problem.of(row, column, key, arguments));
        }
    }

    private Parsed parse(String text) {
        var body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var rows = split(body);
        Map<String, Integer> columns = null;
        int width = 0;
        boolean noData = rows.size() <= 1 || rows.subList(1, rows.size()).stream().allMatch(Row::blank);
        if (rows.isEmpty() || rows.get(0).problem() == null && noData) {
            problem(null, null, "criteria.file.empty");
        } else if (rows.get(0).problem() != null) {
            problem(1, null, rows.get(0).problem());
        } else if (rows.size() - 1 > MAX_ROWS) {
            problem(null, null, "criteria.file.too-many-rows", MAX_ROWS);
        } else {
            width = rows.get(0).cells().size();
            columns = header(rows.get(0).cells());
        }
        String code = null;
        String version = null;
        String url = null;
        LocalDate date = null;
        var titles = new LinkedHashMap<String, String>();
        var sources = new LinkedHashMap<String, String>();
        var modules = new LinkedHashMap<String, Module>();
        var criteria = new LinkedHashMap<String, Item>();
        var criterionRows = new HashMap<String, Integer>();
        var moduleRefs = new ArrayList<Object[]>();
        var translations = new ArrayList<Object[]>();
        var seen = new HashMap<String, Integer>();
        // English rows with a problem of their own: rows referring to them are not reported again.
        var failed = new java.util.HashSet<String>();
        if (columns != null) {
            for (int i = 1; i < rows.size(); i++) {
                var row = rows.get(i);
                int n = i + 1;
                if (row.problem() != null) {
                    problem(n, null, row.problem());
                    break;
                }
                if (row.blank()) {
                    continue;
                }
                if (row.cells().size() > width && row.cells().subList(width, row.cells().size()).stream()
                        .anyMatch(c -> !c.isBlank())) {
                    problem(n, null, "criteria.file.row.cells", width, row.cells().size());
                    continue;
                }
                var cells = new Cells(row.cells(), columns);
                var record = cells.get("record").toLowerCase(Locale.ROOT);
                var lang = cells.get("lang").toLowerCase(Locale.ROOT);
                var number = cells.get("number");
                var value = cells.get("text");
                boolean good = true;
                if (!List.of("set", "source", "module", "criterion", "level").contains(record)) {
                    problem(n, "record", record.isEmpty() ? "criteria.file.record.required"
                            : "criteria.file.record.unknown");
                    continue;
                }
                if (!LANGUAGES.contains(lang)) {
                    problem(n, "lang", "criteria.file.lang.invalid");
                    good = false;
                }
                int max = record.equals("set") || record.equals("module") ? 200 : 500;
                if (value.isEmpty()) {
                    problem(n, "text", "criteria.file.required");
                    good = false;
                } else if (value.length() > max) {
                    problem(n, "text", "criteria.file.too-long", max);
                    good = false;
                }
                ProgressLevel level = null;
                if (record.equals("level")) {
                    var name = cells.get("level").toUpperCase(Locale.ROOT).replace(' ', '_');
                    try {
                        level = ProgressLevel.valueOf(name);
                    } catch (IllegalArgumentException unknown) {
                        problem(n, "level", "criteria.file.level.invalid");
                        good = false;
                    }
                    var evidence = cells.get("evidence");
                    if (evidence.isEmpty()) {
                        problem(n, "evidence", "criteria.file.required");
                        good = false;
                    } else if (evidence.length() > 500) {
                        problem(n, "evidence", "criteria.file.too-long", 500);
                        good = false;
                    }
                }
                var key = record + "|" + (record.equals("set") || record.equals("source") ? "" : number) + "|"
                        + (level == null ? "" : level.name()) + "|" + lang;
                var first = seen.putIfAbsent(key, n);
                if (first != null) {
                    problem(n, null, "criteria.file.duplicate", first);
                    continue;
                }
                switch (record) {
                    case "set" -> {
                        if (!CODE.matcher(number).matches()) {
                            problem(n, "number", "criteria.file.code.invalid");
                            good = false;
                        } else if (code != null && !code.equals(number)) {
                            problem(n, "number", "criteria.file.differs");
                            good = false;
                        }
                        var v = cells.get("version");
                        var u = cells.get("url");
                        var d = cells.get("date");
                        if (lang.equals("en")) {
                            if (!VERSION.matcher(v).matches()) {
                                problem(n, "version", v.isEmpty() ? "criteria.file.required"
                                        : "criteria.file.version.invalid");
                                good = false;
                            }
                            if (!url(u)) {
                                problem(n, "url", u.isEmpty() ? "criteria.file.required" : "criteria.file.url.invalid");
                                good = false;
                            }
                            date = date(n, d);
                            good &= date != null;
                            if (good) {
                                version = v;
                                url = u;
                            }
                        }
                        if (good) {
                            code = number;
                            titles.put(lang, value);
                        }
                    }
                    case "source" -> {
                        if (good) {
                            sources.put(lang, value);
                        }
                    }
                    case "module" -> {
                        if (!MODULE.matcher(number).matches()) {
                            problem(n, "number", number.isEmpty() ? "criteria.file.required"
                                    : "criteria.file.module.number");
                        } else if (!good && lang.equals("en")) {
                            failed.add("module|" + number);
                        } else if (lang.equals("en")) {
                            modules.put(number, new Module(number, new LinkedHashMap<>(Map.of("en", value))));
                        } else if (good) {
                            translations.add(new Object[] {n, "module", number, null, lang, value, null});
                        }
                    }
                    case "criterion" -> {
                        SeriousRisk category = null;
                        var c = cells.get("category").toUpperCase(Locale.ROOT).replace(' ', '_');
                        if (!c.isEmpty() && !c.equals("NONE")) {
                            try {
                                category = SeriousRisk.valueOf(c);
                            } catch (IllegalArgumentException unknown) {
                                problem(n, "category", "criteria.file.category.invalid");
                                good = false;
                            }
                        }
                        var module = cells.get("module");
                        if (!NUMBER.matcher(number).matches()) {
                            problem(n, "number", number.isEmpty() ? "criteria.file.required"
                                    : "criteria.file.criterion.number");
                            good = false;
                        }
                        if (lang.equals("en") && module.isEmpty()) {
                            problem(n, "module", "criteria.file.required");
                            good = false;
                        }
                        if (!good && lang.equals("en")) {
                            failed.add("criterion|" + number);
                        } else if (lang.equals("en")) {
                            var item = new Item(number, module, category, new LinkedHashMap<>(Map.of("en", value)),
                                    new EnumMap<>(ProgressLevel.class), new EnumMap<>(ProgressLevel.class));
                            criteria.put(number, item);
                            criterionRows.put(number, n);
                            moduleRefs.add(new Object[] {n, module});
                        } else if (good) {
                            translations.add(new Object[] {n, "criterion", number, null, lang, value, null});
                        }
                    }
                    default -> {
                        if (good) {
                            translations.add(new Object[] {n, "level", number, level, lang, value,
                                    cells.get("evidence")});
                        }
                    }
                }
            }
        }
        // What refers to something else: modules of criteria, translations and levels of what the file holds.
        for (var ref : moduleRefs) {
            if (!modules.containsKey((String) ref[1]) && !failed.contains("module|" + ref[1])) {
                problem((Integer) ref[0], "module", "criteria.file.module.unknown", ref[1]);
            }
        }
        for (var t : translations) {
            int n = (Integer) t[0];
            var number = (String) t[2];
            var lang = (String) t[4];
            var value = (String) t[5];
            if (failed.contains((t[1].equals("module") ? "module|" : "criterion|") + number)) {
                continue;
            }
            switch ((String) t[1]) {
                case "module" -> {
                    if (modules.containsKey(number)) {
                        modules.get(number).titles().put(lang, value);
                    } else {
                        problem(n, "number", "criteria.file.english.missing");
                    }
                }
                case "criterion" -> {
                    if (criteria.containsKey(number)) {
                        criteria.get(number).titles().put(lang, value);
                    } else {
                        problem(n, "number", "criteria.file.english.missing");
                    }
                }
                default -> {
                    var item = criteria.get(number);
                    if (item == null) {
                        problem(n, "number", "criteria.file.criterion.unknown");
                    } else {
                        var level = (ProgressLevel) t[3];
                        item.descriptions().computeIfAbsent(level, k -> new LinkedHashMap<>()).put(lang, value);
                        item.evidence().computeIfAbsent(level, k -> new LinkedHashMap<>()).put(lang, (String) t[6]);
                    }
                }
            }
        }
        if (columns != null && problemCount == 0) {
            if (!titles.containsKey("en")) {
                problem(null, null, "criteria.file.set.missing");
            }
            if (!sources.containsKey("en")) {
                problem(null, null, "criteria.file.source.missing");
            }
            if (modules.isEmpty()) {
                problem(null, null, "criteria.file.modules.none");
            }
            if (criteria.isEmpty()) {
                problem(null, null, "criteria.file.criteria.none");
            }
            for (var module : modules.values()) {
                if (criteria.values().stream().noneMatch(c -> c.module().equals(module.number()))) {
                    problem(null, null, "criteria.file.module.empty", module.number());
                }
            }
            for (var item : criteria.values()) {
                for (var level : ProgressLevel.values()) {
                    var given = item.descriptions().get(level);
                    if (given == null || !given.containsKey("en")) {
                        problem(criterionRows.get(item.number()), null, "criteria.file.level.missing",
                                item.number(), level.name());
                    }
                }
            }
            // A translation of a level the criterion lacks in English is found above (level.missing).
        }
        return new Parsed(code, version, url, date, titles, sources, List.copyOf(modules.values()),
                List.copyOf(criteria.values()), List.copyOf(problems), problemCount);
    }

    private LocalDate date(int row, String value) {
        if (value.isEmpty()) {
            problem(row, "date", "criteria.file.required");
            return null;
        }
        try {
            var date = LocalDate.parse(value);
            if (date.isBefore(EARLIEST) || date.isAfter(today)) {
                problem(row, "date", "criteria.file.date.range", EARLIEST.toString(), today.toString());
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            problem(row, "date", "criteria.file.date.invalid");
            return null;
        }
    }

    /** An http or https address with a host, at most 500 characters, no spaces. */
    static boolean url(String value) {
        if (value.isEmpty() || value.length() > 500 || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException bad) {
            return false;
        }
    }

    /** The header's columns by position; null (with problems of row 1) when it is not usable. */
    private Map<String, Integer> header(List<String> cells) {
        var columns = new HashMap<String, Integer>();
        boolean usable = true;
        for (int i = 0; i < cells.size(); i++) {
            var name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && i == cells.size() - 1) {
                continue; // a spreadsheet's trailing separator
            }
            if (!COLUMNS.contains(name)) {
                problem(1, cells.get(i).strip(), "criteria.file.column.unknown");
                usable = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                problem(1, name, "criteria.file.column.repeated");
                usable = false;
            }
        }
        for (var required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                problem(1, required, "criteria.file.column.missing");
                usable = false;
            }
        }
        return usable ? columns : null;
    }

    /** A row's cells by column name (a missing column or cell is empty), stripped. */
    private record Cells(List<String> cells, Map<String, Integer> columns) {

        String get(String column) {
            var at = columns.get(column);
            return at == null || at >= cells.size() ? "" : cells.get(at).strip();
        }
    }

    private record Row(List<String> cells, String problem) {

        boolean blank() {
            return problem == null && cells.stream().allMatch(String::isBlank);
        }
    }

    /** The separator the header line uses most, outside quotes. */
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
     * The rows as Apache Commons CSV reads them, cells without control characters ({@link Text#clean}). A row the
     * reader cannot finish (a quote never closed) ends the file with the problem {@code criteria.file.unclosed}.
     * Stops reading after {@link #MAX_ROWS} rows and one (so that a huge file is refused, not read).
     */
    private static List<Row> split(String body) {
        var format = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(separatorOf(body))
                .setIgnoreEmptyLines(false).get();
        var rows = new ArrayList<Row>();
        try (var parser = format.parse(new StringReader(body))) {
            var iterator = parser.iterator();
            while (rows.size() <= MAX_ROWS + 1) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    var record = iterator.next();
                    var cells = new ArrayList<String>(record.size());
                    record.forEach(cell -> cells.add(Text.clean(cell)));
                    rows.add(new Row(cells, null));
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    rows.add(new Row(List.of(), "criteria.file.unclosed"));
                    break;
                }
            }
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
        return rows;
    }
}
