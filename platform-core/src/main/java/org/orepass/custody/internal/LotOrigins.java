package org.orepass.custody.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.orepass.site.SiteStatus;

/**
 * The production lots each lot traces back to, with their mine site's status as it stood on the production date
 * (a port: persistence answers with one recursive query over {@code lot_input} and an index probe of each site's
 * status history). {@link TradeBlocks} reads it before any lot moves.
 */
public interface LotOrigins {

    /** For each given lot, every production lot upstream of it (the lot itself if it is one). */
    List<Origin> of(Collection<Long> lotIds);

    /**
     * One origin of one asked lot. {@code statusThen} is the newest status known on or before the production date
     * (from the site's status history, or its current record when that is newer and still not after the date),
     * since {@code statusThenSince} with {@code correctionDeadlineThen} for a yellow; all three are null when
     * nothing is known that early. Read them as of the production date with
     * {@link org.orepass.site.SiteStatusRules#asOf}.
     */
    record Origin(long lotId, String lotNumber, long productionLotId, long siteId, LocalDate productionDate,
            SiteStatus statusThen, LocalDate statusThenSince, LocalDate correctionDeadlineThen) {
    }
}
