package org.orepass.custody;

import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds lots by the start of their number or of their tag's number (case ignored), with the lot list's
 * visibility: every lot for those who see all lots, otherwise the organisation's own ({@link CustodyAccess}).
 */
@Service
@Transactional(readOnly = true)
public class LotSearching {

    private final NumberedLots numbered;
    private final Lots lots;

    public LotSearching(NumberedLots numbered, Lots lots) {
        this.numbered = numbered;
        this.lots = lots;
    }

    /** The lots the actor may see whose numbers start so, newest first, at most {@code limit}. */
    public List<Lot> find(Actor actor, String lotNumber, String tagNumber, int limit) {
        var lot = blankToNull(lotNumber);
        var tag = blankToNull(tagNumber);
        if (lot == null && tag == null || !CustodyAccess.seesAllLots(actor) && actor.organisationId() == null) {
            return List.of();
        }
        var heldBy = CustodyAccess.seesAllLots(actor) ? null : actor.organisationId();
        return numbered.find(lot, tag, heldBy, limit).stream().map(lots::findById).flatMap(Optional::stream)
                .filter(found -> CustodyAccess.maySee(actor, found)).toList();
    }

    /** The lot list's rows, filtered so. */
    public List<LotRow> rows(Actor actor, String lotNumber, String tagNumber) {
        return find(actor, lotNumber, tagNumber, CustodyQueries.LIST_LIMIT).stream().map(LotRow::of)
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
