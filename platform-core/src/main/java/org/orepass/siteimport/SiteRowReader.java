package org.orepass.siteimport;

import org.orepass.siteimport.internal.SiteImportFile;
import static org.orepass.siteimport.SiteImportColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;

/**
 * Turns one CSV record into the {@link SiteDetails} the site form would produce, reporting every cell it cannot
 * read (not just the first). What the cells mean is then checked by the domain, exactly as for the form.
 */
final class SiteRowReader {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "oui", "sí", "si", "ndiyo", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non", "hapana", "");

    /** Where each known column sits in this file's header. */
    private final Map<String, Integer> positions;
    private final int width;
    /** Active organisations by lower-case name, for the owner column. */
    private final Map<String, Long> owners;

    /** A read row: the details when every cell could be read, and the problems otherwise. */
    record Result(SiteDetails details, List<ImportReportLine> problems) {
    }

    private SiteRowReader(Map<String, Integer> positions, int width, Map<String, Long> owners) {
        this.positions = positions;
        this.width = width;
        this.owners = owners;
    }

    /** A reader for the file's header, or the header's problems as row 1. */
    record Header(SiteRowReader reader, List<ImportReportLine> problems) {
    }

    /** Unknown, repeated and missing columns are problems of row 1. */
    static Header forHeader(List<String> header, Map<String, Long> owners) {
        var problems = new ArrayList<ImportReportLine>();
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var column = canonical(header.get(i));
            if (column == null) {
                problems.add(ImportReportLine.problem(1, header.get(i), "siteimport.column.unknown", header.get(i)));
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(ImportReportLine.problem(1, column, "siteimport.column.repeated", column));
            }
        }
        for (String required : ALL) {
            if (REQUIRED.contains(required) && !positions.containsKey(required)) {
                problems.add(ImportReportLine.problem(1, required, "siteimport.column.missing", required));
            }
        }
        return problems.isEmpty() ? new Header(new SiteRowReader(positions, header.size(), owners), List.of())
                : new Header(null, problems);
    }

    Result read(SiteImportFile.Record record) {
        int row = record.rowNumber();
        if (record.problem() != null) {
            return new Result(null, List.of(ImportReportLine.problem(row, null, record.problem())));
        }
        if (record.cells().size() != width) {
            return new Result(null, List.of(ImportReportLine.problem(row, null, "siteimport.row.column-count",
                    width, record.cells().size())));
        }
        var cells = new Cells(record.cells(), row);
        var minerals = cells.minerals();
        var capacities = new EnumMap<Mineral, BigDecimal>(Mineral.class);
        for (Mineral mineral : Mineral.values()) {
            var kg = cells.decimal(CAPACITY_PREFIX + mineral.name(), "siteimport.value.number");
            if (kg != null) {
                capacities.put(mineral, kg);
            }
        }
        var details = new SiteDetails(cells.text(NAME, 200), cells.text(NATIONAL_ID, 60), cells.code(COUNTRY),
                cells.code(DIVISION), cells.text(LOCALITY, 300),
                cells.decimal(LATITUDE, "site.latitude.range"), cells.decimal(LONGITUDE, "site.longitude.range"),
                cells.decimal(ALTITUDE, "siteimport.value.number"), cells.owner(), Set.of(), minerals,
                cells.choice(ACTIVITY_STATUS, ActivityStatus.class, ActivityStatus.ACTIVE),
                cells.choice(MINING_TYPE, MiningType.class, MiningType.ARTISANAL),
                cells.choice(FORMALISATION_STAGE, FormalisationStage.class, null),
                cells.count(WORKERS_MEN), cells.count(WORKERS_WOMEN), cells.count(CHILDREN_OBSERVED),
                cells.count(MEMBERS_MEN), cells.count(MEMBERS_WOMEN), cells.yesNo(MERCURY_USE), capacities,
                new SiteDetails.LicenceDetails(cells.choice(LICENCE_TYPE, Licence.Type.class, null),
                        cells.text(LICENCE_NUMBER, 60), cells.date(LICENCE_GRANTED_ON),
                        cells.date(LICENCE_EXPIRES_ON)),
                cells.yesNo(LOCATION_CONFIRMED));
        return cells.problems.isEmpty() ? new Result(details, List.of()) : new Result(null, cells.problems);
    }

    /** One record's cells, read one column at a time; every unreadable cell adds a problem. */
    private final class Cells {

        private final List<String> values;
        private final int row;
        private final List<ImportReportLine> problems = new ArrayList<>();

        Cells(List<String> values, int row) {
            this.values = values;
            this.row = row;
        }

        private String raw(String column) {
            var position = positions.get(column);
            return position == null ? "" : values.get(position).strip();
        }

        private void problem(String column, String key, Object... arguments) {
            problems.add(ImportReportLine.problem(row, column, key, arguments));
        }

        String text(String column, int max) {
            var value = raw(column);
            if (value.length() > max) {
                problem(column, "validation.too-long", max);
            }
            return value.isEmpty() ? null : value;
        }

        String code(String column) {
            var value = raw(column);
            return value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
        }

        /** A decimal point, or the decimal comma of French-locale spreadsheets ("-1,2833"). */
        BigDecimal decimal(String column, String invalidKey) {
            var value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            var normal = value.matches("^[+-]?\\d+,\\d+$") ? value.replace(',', '.') : value;
            try {
                return new BigDecimal(normal);
            } catch (NumberFormatException e) {
                problem(column, invalidKey, value);
                return null;
            }
        }

        int count(String column) {
            var value = raw(column);
            if (value.isEmpty()) {
                return 0;
            }
            try {
                int count = Integer.parseInt(value);
                if (count < 0) {
                    problem(column, "site.count.negative");
                }
                return Math.max(count, 0);
            } catch (NumberFormatException e) {
                problem(column, "siteimport.value.whole-number", value);
                return 0;
            }
        }

        boolean yesNo(String column) {
            var value = raw(column).toLowerCase(Locale.ROOT);
            if (YES.contains(value)) {
                return true;
            }
            if (!NO.contains(value)) {
                problem(column, "siteimport.value.yes-no", raw(column));
            }
            return false;
        }

        LocalDate date(String column) {
            var value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "siteimport.value.date", value);
                return null;
            }
        }

        /** An enum's name in any case; activity status also by its ICGLR code (0, 1, 2). */
        <E extends Enum<E>> E choice(String column, Class<E> type, E whenEmpty) {
            var value = raw(column);
            if (value.isEmpty()) {
                return whenEmpty;
            }
            var wanted = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E option : type.getEnumConstants()) {
                if (option.name().equals(wanted) || (option instanceof ActivityStatus activity
                        && String.valueOf(activity.icglrCode()).equals(value))) {
                    return option;
                }
            }
            problem(column, "siteimport.value.choice", value, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }

        /** HS codes or names, separated by spaces. */
        Set<Mineral> minerals() {
            var minerals = EnumSet.noneOf(Mineral.class);
            for (String token : raw(MINERALS).split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                var mineral = Arrays.stream(Mineral.values())
                        .filter(m -> m.hsCode().equals(token) || m.name().equalsIgnoreCase(token))
                        .findFirst();
                if (mineral.isPresent()) {
                    minerals.add(mineral.get());
                } else {
                    problem(MINERALS, "siteimport.mineral.unknown", token);
                }
            }
            return minerals;
        }

        /** The owner by name (as the organisation list shows it) or by number. */
        Long owner() {
            var value = raw(OWNER);
            if (value.isEmpty()) {
                return null;
            }
            var byName = owners.get(value.toLowerCase(Locale.ROOT));
            if (byName != null) {
                return byName;
            }
            if (value.matches("^\\d{1,18}$") && owners.containsValue(Long.valueOf(value))) {
                return Long.valueOf(value);
            }
            problem(OWNER, "siteimport.owner.unknown", value);
            return null;
        }
    }
}
