package org.orepass.custody;

import org.orepass.custody.internal.AnomalyRecorder;
import org.orepass.custody.internal.LotOperations;
import org.orepass.custody.internal.OperationKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.orepass.account.Actor;
import org.orepass.geography.Countries;
import org.orepass.organisation.Organisation;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.StaleEditException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custodian's own operations on the lots it holds (ICGLR MDC.06): combination, split, processing (new lots,
 * linked to their inputs through {@code lot_input}; rules in {@link Transformation}), transportation and storage
 * (no new lot, a record on the lot's history). Only the traders of the custodian organisation (operators,
 * exporters) may; a lot the user may not see is not found. Each operation is one transaction, and every lot it
 * takes from is checked against the version the user saw and locked optimistically: a lot changed meanwhile
 * (another sale, another combination) refuses the whole operation, nothing half-saved.
 */
@Service
@Transactional
public class CustodyOperations {

    private final Lots lots;
    private final LotInputs inputs;
    private final LotOperations operations;
    private final Clock clock;
    private final MetalBalance metal;
    private final AnomalyRecorder anomalies;
    private final TradeBlocks blocks;

    public CustodyOperations(Lots lots, LotInputs inputs, LotOperations operations, Clock clock,
            @Value("${orepass.custody.metal-tolerance-percent:2}") BigDecimal metalTolerancePercent,
            AnomalyRecorder anomalies, TradeBlocks blocks) {
        this.blocks = blocks;
        this.lots = lots;
        this.inputs = inputs;
        this.operations = operations;
        this.clock = clock;
        this.metal = new MetalBalance(metalTolerancePercent);
        this.anomalies = anomalies;
    }

    /** A grade as typed on a form or sent by a system: percent of {@code basis} (null: the mineral's own). */
    public record TypedGrade(BigDecimal value, GradeBasis basis) {

        public static final TypedGrade NONE = new TypedGrade(null, null);
    }

    /** The lots a processing made, and whether their assayed grades broke the metal balance (recorded). */
    public record Processed(List<Lot> lots, boolean metalFlagged) {
    }

    /** Kilograms to take out of a lot, with the lot's version the user saw (null not to check it). */
    public record Take(Long lotId, Long version, BigDecimal massKg) {
    }

    /** When the operation happened and the custodian's notes (what was done, the product's form...). */
    public record Occurrence(LocalDate date, String notes) {
    }

    /** {@code viaDivision}: an ISO 3166-2 division the lot passed through on the way, if any (optional). */
    public record TransportDetails(String placeFrom, String placeTo, String viaDivision, String carrier,
            String reference, LocalDate date, LocalDate until, String notes) {
    }

    public record StorageDetails(String warehouse, String reference, LocalDate date, LocalDate until,
            String notes) {
    }

    /** Several lots the organisation holds, of one mineral, into one new lot. */
    public Lot combine(Actor actor, List<Take> takes, String packageType, Integer packageCount,
            Occurrence occurrence) {
        return combine(actor, takes, packageType, packageCount, TypedGrade.NONE, occurrence);
    }

    /** The same with the combined lot's grade typed (else the inputs' grades weighted by mass). */
    public Lot combine(Actor actor, List<Take> takes, String packageType, Integer packageCount, TypedGrade grade,
            Occurrence occurrence) {
        var taken = taken(actor, takes);
        requireTradable(taken);
        var recording = recording(actor, occurrence);
        var made = Transformation.combine(taken, blankToNull(packageType), packageCount, grade.value(),
                grade.basis(), metal, numbers(taken.get(0).lot().getCustodian()), recording);
        return save(made).get(0);
    }

    /** A lot into parts, each a new lot; what the parts leave stays in the lot. */
    public List<Lot> split(Actor actor, Long lotId, Long version, List<OutputLot> parts, Occurrence occurrence) {
        var lot = heldLot(actor, lotId, version);
        blocks.requireTradable(null, lot.getId());
        var recording = recording(actor, occurrence);
        return save(Transformation.split(lot, parts, metal, numbers(lot.getCustodian()), recording));
    }

    /** Inputs into outputs of the same mineral, with the loss recorded. */
    public List<Lot> process(Actor actor, List<Take> takes, List<OutputLot> outputs, BigDecimal lossKg,
            Occurrence occurrence) {
        return process(actor, takes, outputs, lossKg, false, occurrence).lots();
    }

    /**
     * The same; {@code assayed}: the outputs' grades were measured by an assay, so more metal out than in (beyond
     * the tolerance) is recorded as a METAL_BALANCE anomaly for the inspectors, and the outputs carry the problem
     * in every chain, instead of being refused.
     */
    public Processed process(Actor actor, List<Take> takes, List<OutputLot> outputs, BigDecimal lossKg,
            boolean assayed, Occurrence occurrence) {
        var taken = taken(actor, takes);
        requireTradable(taken);
        var recording = recording(actor, occurrence);
        var made = Transformation.process(taken, outputs, lossKg, assayed, metal,
                numbers(taken.get(0).lot().getCustodian()), recording);
        var saved = save(made);
        var breach = made.breach();
        if (breach != null) {
            var lotIds = new ArrayList<Long>();
            taken.forEach(t -> lotIds.add(t.lot().getId()));
            saved.forEach(l -> lotIds.add(l.getId()));
            anomalies.record(AnomalyKind.METAL_BALANCE, null, null, saved.get(0).getCustodian().getCountry(), lotIds,
                    actor.username(), "processing into " + String.join(", ", saved.stream().map(Lot::getLotNumber)
                            .toList()) + ": " + breach.describe());
        }
        return new Processed(saved, breach != null);
    }


    /** The lot was moved: from where to where, by whom. No new lot, no mass taken. */
    public CustodyOperation transport(Actor actor, Long lotId, Long version, TransportDetails details) {
        var lot = heldLotWithMass(actor, lotId, version);
        var from = required("placeFrom", details.placeFrom());
        var to = required("placeTo", details.placeTo());
        var via = division("viaDivision", details.viaDivision());
        var occurrence = new Occurrence(details.date(), details.notes());
        var recording = recording(actor, occurrence);
        checkUntil(details.date(), details.until());
        return operations.add(new CustodyOperation(OperationKind.TRANSPORTATION, lot.getCustodian(),
                details.date(), recording.by(), recording.at())
                .withPlaces(from, to, blankToNull(details.carrier()), blankToNull(details.reference()),
                        details.until())
                .via(via)
                .withNotes(recording.notes())
                .touching(lot, OperationLotRole.SUBJECT, lot.getRemainingKg()));
    }

    /** An optional ISO 3166-2 code, upper-cased; one that is not a known division is refused by the field. */
    private static String division(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var code = value.strip().toUpperCase(Locale.ROOT);
        var country = code.length() > 2 ? code.substring(0, 2) : code;
        if (!Countries.isCountry(country) || !Countries.isDivisionOf(code, country)) {
            throw new DomainRuleViolation(field, "validation.division", country);
        }
        return code;
    }

    /** The lot was put in a warehouse. No new lot, no mass taken. */
    public CustodyOperation store(Actor actor, Long lotId, Long version, StorageDetails details) {
        var lot = heldLotWithMass(actor, lotId, version);
        var warehouse = required("warehouse", details.warehouse());
        var recording = recording(actor, new Occurrence(details.date(), details.notes()));
        checkUntil(details.date(), details.until());
        return operations.add(new CustodyOperation(OperationKind.STORAGE, lot.getCustodian(), details.date(),
                recording.by(), recording.at())
                .withPlaces(null, warehouse, null, blankToNull(details.reference()), details.until())
                .withNotes(recording.notes())
                .touching(lot, OperationLotRole.SUBJECT, lot.getRemainingKg()));
    }

    /** No lot from a red site goes into a new lot (docs/custody.md): refused by the blocked input's row. */
    private void requireTradable(List<Transformation.Taken> taken) {
        blocks.requireTradable(taken.stream().map(t -> t.lot().getId()).toList(), i -> "inputs[" + i + "].massKg");
    }

    /** New lots first (the links and the operation refer to them), then their links, then the operation. */
    private List<Lot> save(Transformation.Made made) {
        var saved = made.outputs().stream().map(lots::add).toList();
        made.inputs().forEach(inputs::add);
        operations.add(made.operation());
        return saved;
    }

    private List<Transformation.Taken> taken(Actor actor, List<Take> takes) {
        if (takes == null || takes.isEmpty()) {
            throw new DomainRuleViolation(null, "operation.inputs.none");
        }
        var taken = new ArrayList<Transformation.Taken>();
        for (var take : takes) {
            taken.add(new Transformation.Taken(heldLot(actor, take.lotId(), take.version()), take.massKg()));
        }
        return taken;
    }

    /**
     * A lot the actor's organisation holds and trades: not found for those who may not see it (whether a lot
     * exists is not for everyone to learn), forbidden for those who see it but do not trade for its custodian.
     */
    Lot heldLot(Actor actor, Long lotId, Long version) {
        var lot = lotId == null ? null : lots.findById(lotId).orElse(null);
        if (lot == null || !CustodyAccess.maySee(actor, lot)) {
            throw new NotFoundException("Lot", lotId);
        }
        if (!CustodyAccess.maySell(actor, lot)) {
            throw new CustodyAccessDenied("operate on lot " + lot.getLotNumber());
        }
        if (version != null && version != lot.getVersion()) {
            throw new StaleEditException("Lot", lotId);
        }
        return lot;
    }

    private Lot heldLotWithMass(Actor actor, Long lotId, Long version) {
        var lot = heldLot(actor, lotId, version);
        if (lot.getRemainingKg().signum() <= 0) {
            throw new DomainRuleViolation(null, "operation.lot.empty");
        }
        return lot;
    }

    private Transformation.Recording recording(Actor actor, Occurrence occurrence) {
        var date = occurrence.date();
        if (date == null) {
            throw new DomainRuleViolation("date", "operation.date.required");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation("date", "operation.date.future");
        }
        Dates.requirePast("date", date, LocalDate.now(clock));
        return new Transformation.Recording(date, blankToNull(occurrence.notes()), actor.username(),
                clock.instant());
    }

    private static void checkUntil(LocalDate date, LocalDate until) {
        Dates.require("until", until, Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
        if (until != null && until.isBefore(date)) {
            throw new DomainRuleViolation("until", "operation.until.before");
        }
    }

    /** Numbers like production's and purchases': the custodian's country, the year, the platform sequence. */
    private Supplier<String> numbers(Organisation custodian) {
        var prefix = custodian.getCountry() + "-" + LocalDate.now(clock).getYear() + "-";
        return () -> prefix + String.format("%07d", lots.nextNumber());
    }

    private static String required(String field, String value) {
        var text = blankToNull(value);
        if (text == null) {
            throw new DomainRuleViolation(field, "operation.place.required");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
