package org.orepass.custody;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Recorded imports (a port; persistence implements it). */
public interface LotImports {

    LotImport add(LotImport lotImport);

    /** The import that made the lot, if it is an import lot. */
    Optional<LotImport> ofLot(Long lotId);

    /** The imports that made any of these lots. */
    List<LotImport> ofLots(Collection<Long> lotIds);

    /** Whether the certificate already brought a shipment in (not counting suspect imports). */
    boolean certificateUsed(long exportCertificateId);

    /** The organisation's imports, newest first. */
    List<LotImport> ofImporter(Long organisationId, int limit);

    /** The organisation's imports as lists show them, newest first. */
    List<ImportSummary> summariesOfImporter(Long organisationId, int limit);

    /** Imports into a country (by the importer's country) as lists show them, newest first. */
    List<ImportSummary> summariesInto(String country, int limit);

    /** Every import as lists show them, newest first. */
    List<ImportSummary> summaries(int limit);
}
