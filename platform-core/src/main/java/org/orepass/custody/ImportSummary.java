package org.orepass.custody;

import java.time.LocalDate;
import org.orepass.shared.CountryCode;
import org.orepass.shared.Mass;
import org.orepass.site.Mineral;

/**
 * An import as lists show it, without its document's file (issue 14, the imports page): read by a query of its
 * own so that a list of imports never loads the files' bytes.
 */
public record ImportSummary(Long id, LocalDate crossedOn, ImportDocumentKind documentKind,
        CountryCode documentCountry, String documentNumber, CountryCode originCountry, String borderPost,
        Mass received, boolean suspect, boolean flagged, String importer, Long lotId, String lotNumber,
        Mineral mineral, Long custodianId) {
}
