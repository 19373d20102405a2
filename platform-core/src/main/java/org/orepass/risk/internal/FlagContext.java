package org.orepass.risk.internal;

import org.orepass.risk.SubjectKind;
import java.util.Set;

/**
 * What red flags look at for one assessment: the subject, the lots traced (the assessed lot, or the lots received
 * from the supplier) and the mine sites those lots came from (or the assessed site).
 */
public record FlagContext(long assessingOrgId, SubjectKind kind, Long supplierOrgId, Long siteId, Long lotId,
        Set<Long> lotIds, Set<Long> originSiteIds) {
}
