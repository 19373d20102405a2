package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.orepass.site.Mineral;

/**
 * The export certificates issued on this platform, as an import needs them (a custody port; the export feature
 * answers it, so custody does not depend on export).
 */
public interface OriginDocuments {

    /** The certificate with this serial issued in the country, if this platform issued it. */
    Optional<CertifiedExport> certificate(String issuingCountry, String serialNumber);

    /** Whether this platform keeps the certificates of the country (it issued at least one there). */
    boolean issuesIn(String country);

    /**
     * A certificate and the shipment it certifies: {@code certified} once the inspector issued it (a refused or
     * pending shipment has none), the export lot whose mass crossed, its origin countries ({@code UG;CD}).
     */
    record CertifiedExport(long certificateId, String issuingCountry, String serialNumber, boolean certified,
            String destinationCountry, Mineral mineral, long exportLotId, BigDecimal exportedKg, String mineralOrigin,
            LocalDate issuedOn, LocalDate expiresOn) {
    }
}
