package org.orepass.siteimport;

import java.util.Arrays;
import java.util.List;

/**
 * One line of an import's report: an accepted row and the site it became, or one problem of a rejected row
 * (a row can have several). Messages are kept as keys and arguments, so each reader sees them in their language.
 *
 * @param rowNumber the record's number as a spreadsheet shows it: the header is row 1, the first site row 2
 * @param column    the CSV column the problem is in, or null for the whole row
 */
public record ImportReportLine(int rowNumber, Long siteId, String icglrId, String siteName, String column,
        String messageKey, List<String> arguments) {

    public ImportReportLine {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static ImportReportLine accepted(int rowNumber, Long siteId) {
        return new ImportReportLine(rowNumber, siteId, null, null, null, null, List.of());
    }

    public static ImportReportLine problem(int rowNumber, String column, String messageKey, Object... arguments) {
        return new ImportReportLine(rowNumber, null, null, null, column, messageKey,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public boolean isAccepted() {
        return siteId != null;
    }
}
