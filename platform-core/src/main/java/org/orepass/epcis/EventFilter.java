package org.orepass.epcis;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a query asks for (EPCIS 2.0 REST binding, {@code GET /events}): a null field filters nothing; an empty
 * set or list (a step, lot or place that no OrePass event has) matches nothing.
 *
 * @param kinds the kinds whose business step was asked for ({@code EQ_bizStep})
 * @param lotNumbers lot numbers asked for ({@code MATCH_anyEPC}/{@code MATCH_anyEPCClass}); one ending with
 *        {@code *} matches every number that starts with the rest
 * @param siteIds mine sites asked for as business location ({@code EQ_bizLocation})
 * @param visibleTo the organisation whose events and lots the caller may see; null: every event (government,
 *        auditors, CSO monitors, administrators)
 * @param after the cursor of the previous page's last event, null for the first page
 * @param limit how many events at most
 */
public record EventFilter(Instant from, Instant to, Set<EventKind> kinds, List<String> lotNumbers, List<Long> siteIds,
        Long visibleTo, EpcisEvent.Cursor after, int limit) {
}
