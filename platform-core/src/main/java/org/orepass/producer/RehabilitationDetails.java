package org.orepass.producer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What a land rehabilitation commitment says (checked by {@link LandRehabilitation#commit}). */
public record RehabilitationDetails(Long siteId, BigDecimal areaHa, Set<RehabilitationWork> works,
        String description, RehabilitationSource source, String sourceReference, LocalDate dueOn) {
}
