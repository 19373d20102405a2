package org.orepass.custody;

import java.time.LocalDate;
import org.orepass.site.Mineral;

/**
 * The ICGLR lot list's filters (openapi.yaml {@code GET /lots}); null means any. Registration dates are UTC days,
 * both included.
 */
public record LotSearch(String siteIcglrId, Mineral mineral, CustodyRole creatorRole,
        OriginatingOperation operation, String lotNumber, LocalDate registeredFrom, LocalDate registeredTo) {

    public static LotSearch any() {
        return new LotSearch(null, null, null, null, null, null, null);
    }
}
