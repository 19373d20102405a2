package org.orepass.epcis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccess;
import org.orepass.custody.Genealogy;
import org.orepass.custody.Trace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody as EPCIS 2.0 events (docs/epcis.md): the query interface's pages and a lot's full trace. Who sees what is
 * decided here, for every channel: those who read every lot (administrators, inspectors, auditors, CSO monitors)
 * see every event; anyone else the events of their organisation (as the one acting or as the other party) and the
 * events of the lots it holds; a lot's trace is for whoever may open the lot.
 */
@Service
@Transactional(readOnly = true)
public class EpcisQueries {

    /** A page holds at most this many events (the REST binding lets the server cap {@code perPage}). */
    public static final int MAX_PER_PAGE = 1000;
    public static final int DEFAULT_PER_PAGE = 100;

    private final EpcisEvents events;
    private final Genealogy genealogy;

    public EpcisQueries(EpcisEvents events, Genealogy genealogy) {
        this.events = events;
        this.genealogy = genealogy;
    }

    /** One page of events; {@code next} is the cursor of the page after it, null on the last page. */
    public record EventPage(List<EpcisEvent> events, EpcisEvent.Cursor next) {
    }

    /**
     * The events the filter selects that the caller may see ({@code filter.visibleTo()} is replaced by the caller's
     * own scope), one more fetched than asked for to know whether another page follows.
     */
    public EventPage events(Actor actor, EventFilter filter) {
        Long scope = null;
        if (!CustodyAccess.seesAllLots(actor)) {
            if (actor.organisationId() == null) {
                return new EventPage(List.of(), null);
            }
            scope = actor.organisationId();
        }
        var found = events.find(new EventFilter(filter.from(), filter.to(), filter.kinds(), filter.lotNumbers(),
                filter.siteIds(), scope, filter.after(), filter.limit() + 1));
        if (found.size() <= filter.limit()) {
            return new EventPage(found, null);
        }
        var page = found.subList(0, filter.limit());
        return new EventPage(List.copyOf(page), page.get(page.size() - 1).cursor());
    }

    /**
     * A lot's trace back to the mine sites as events, for whoever may open the lot (else not found): every event that
     * made a lot of the trace (imports included: a re-import names the certificate its export lot left with), the
     * sales whose deliveries made one (the invoice links the two), the issuing of the tags of its production lots, and
     * the transports and storage of the trace's lots. Other sales out of the same lots (to buyers off this path) and refused
     * deliveries are other traders' business and are left out.
     */
    public List<EpcisEvent> trace(Actor actor, long lotId) {
        Trace trace = genealogy.traceBack(actor, lotId);
        var lotIds = new HashSet<Long>();
        trace.lots().forEach(lot -> lotIds.add(lot.lotId()));
        var all = events.ofLots(lotIds);
        var received = new HashSet<Long>();
        var kept = new ArrayList<EpcisEvent>();
        for (var event : all) {
            if (event.lots(EpcisEvent.Role.OUTPUT).stream().anyMatch(lot -> lotIds.contains(lot.lotId()))) {
                if (event.kind() == EventKind.RECEIPT && event.transferId() != null) {
                    received.add(event.transferId());
                }
            }
        }
        for (var event : all) {
            if (keep(event, lotIds, received)) {
                kept.add(event);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean keep(EpcisEvent event, java.util.Set<Long> lotIds, java.util.Set<Long> received) {
        if (event.lots(EpcisEvent.Role.OUTPUT).stream().anyMatch(lot -> lotIds.contains(lot.lotId()))) {
            return true;
        }
        if (event.kind() == EventKind.SALE) {
            return event.transferId() != null && received.contains(event.transferId());
        }
        if (event.kind() == EventKind.REJECTION) {
            return false;
        }
        if (event.kind() == EventKind.TAG_ISSUING) {
            // Read only for the tags of the trace's production lots.
            return true;
        }
        return event.lots(EpcisEvent.Role.INPUT).isEmpty()
                && event.lots(EpcisEvent.Role.SUBJECT).stream().anyMatch(lot -> lotIds.contains(lot.lotId()));
    }
}
