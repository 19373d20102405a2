package org.orepass.custody;

import org.orepass.custody.internal.HeldLots;
import org.orepass.custody.internal.LotOperations;
import org.orepass.custody.internal.OperationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.shared.NotFoundException;
import org.orepass.site.Mineral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the lot page and the operation forms read: a lot's operations, and the lots an operation may take from. */
@Service
@Transactional(readOnly = true)
public class OperationHistory {

    private final Lots lots;
    private final LotOperations operations;
    private final HeldLots held;

    public OperationHistory(Lots lots, LotOperations operations, HeldLots held) {
        this.lots = lots;
        this.operations = operations;
        this.held = held;
    }

    /** A lot an operation touched, with its id only when the reader may open it (else just its number). */
    public record LotRef(Long id, String lotNumber, BigDecimal massKg) {
    }

    public record OperationRow(Long id, OperationKind kind, LocalDate date, LocalDate until, String organisation,
            String counterpart, BigDecimal lossKg, String placeFrom, String placeTo, String viaDivision,
            String carrier, String reference, String notes, String recordedBy, Instant recordedAt,
            List<LotRef> inputs, List<LotRef> outputs, List<LotRef> subjects) {
    }

    /** The lot's operations, oldest first, for whoever may see the lot. */
    public List<OperationRow> ofLot(Actor actor, Long lotId) {
        visibleLot(actor, lotId);
        return operations.ofLot(lotId, CustodyQueries.LIST_LIMIT).stream().map(o -> row(actor, o)).toList();
    }

    /** A lot as an operation form offers it: what it still holds and the version to lock against. */
    public record HeldLot(Long id, String lotNumber, BigDecimal remainingKg, BigDecimal concentration,
            boolean uncertified, long version) {

        static HeldLot of(Lot lot) {
            return new HeldLot(lot.getId(), lot.getLotNumber(), lot.getRemainingKg(), lot.getConcentration(),
                    lot.isUncertified(), lot.getVersion());
        }
    }

    /**
     * What the operation forms offer for a lot: the lot itself and the other lots of its mineral its custodian
     * holds with mass left. {@code mayOperate} is false for readers who do not trade for the custodian and for an
     * emptied lot.
     */
    public record Options(boolean mayOperate, HeldLot lot, Mineral mineral, List<HeldLot> others) {
    }

    public Options options(Actor actor, Long lotId) {
        var lot = visibleLot(actor, lotId);
        if (!CustodyAccess.maySell(actor, lot) || lot.getRemainingKg().signum() <= 0) {
            return new Options(false, HeldLot.of(lot), lot.getMineral(), List.of());
        }
        var others = held.withMassLeft(lot.getCustodian().getId(), lot.getMineral(), CustodyQueries.LIST_LIMIT)
                .stream().filter(l -> !l.getId().equals(lotId)).map(HeldLot::of).toList();
        return new Options(true, HeldLot.of(lot), lot.getMineral(), others);
    }

    /** Whether the lot page offers the operation forms: to the custodian's traders, while the lot holds mass. */
    public boolean mayOperate(Actor actor, Long lotId) {
        var lot = visibleLot(actor, lotId);
        return CustodyAccess.maySell(actor, lot) && lot.getRemainingKg().signum() > 0;
    }

    /** The options of an operation form: only for the custodian's traders (403 for other readers). */
    public Options formOptions(Actor actor, Long lotId) {
        var lot = visibleLot(actor, lotId);
        if (!CustodyAccess.maySell(actor, lot)) {
            throw new CustodyAccessDenied("operate on lot " + lot.getLotNumber());
        }
        return options(actor, lotId);
    }

    private static OperationRow row(Actor actor, CustodyOperation o) {
        return new OperationRow(o.getId(), o.getKind(), o.getOperationDate(), o.getEndDate(),
                o.getOrganisation().getName(), o.getCounterpart() == null ? null : o.getCounterpart().getName(),
                o.getLossKg(), o.getPlaceFrom(), o.getPlaceTo(), o.getViaDivision(), o.getCarrier(),
                o.getReference(), o.getNotes(),
                o.getRecordedBy(), o.getRecordedAt(), refs(actor, o, OperationLotRole.INPUT),
                refs(actor, o, OperationLotRole.OUTPUT), refs(actor, o, OperationLotRole.SUBJECT));
    }

    private static List<LotRef> refs(Actor actor, CustodyOperation o, OperationLotRole role) {
        return o.getLots().stream().filter(l -> l.getRole() == role)
                .map(l -> new LotRef(CustodyAccess.maySee(actor, l.getLot()) ? l.getLot().getId() : null,
                        l.getLot().getLotNumber(), l.getMassKg()))
                .toList();
    }

    private Lot visibleLot(Actor actor, Long lotId) {
        var lot = lots.findById(lotId).orElseThrow(() -> new NotFoundException("Lot", lotId));
        if (!CustodyAccess.maySee(actor, lot)) {
            throw new NotFoundException("Lot", lotId);
        }
        return lot;
    }
}
