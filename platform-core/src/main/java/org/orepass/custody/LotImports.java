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

    /** Imports into a country (by the importer's country), newest first. */
    List<LotImport> into(String country, int limit);

    /** Every import, newest first. */
    List<LotImport> newest(int limit);
}
