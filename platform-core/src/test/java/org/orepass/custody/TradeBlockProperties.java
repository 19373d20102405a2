package org.orepass.custody;

import org.orepass.custody.internal.LotOperations;
import org.orepass.custody.internal.LotOrigins;
import org.orepass.custody.internal.TransferStatus;
import org.orepass.custody.internal.Transfers;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.export.internal.ExportDocumentSummary;
import org.orepass.export.internal.ExportDocuments;
import org.orepass.export.ExportShipment;
import org.orepass.export.internal.ExportShipments;
import org.orepass.export.ExportShipping;
import org.orepass.export.ExportStatus;
import org.orepass.export.ShipmentDetails;
import org.orepass.export.TransportMode;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.risk.RiskAssessments;
import org.orepass.risk.SourcingDecisions;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.Mineral;
import org.orepass.site.RedCause;
import org.orepass.site.SiteStatus;

/**
 * No blocked lot is ever sold, bought, combined, split, processed or exported, over random custody histories: three
 * organisations (the third an exporter) produce at three sites (sometimes backdated), sell, receive, reject,
 * combine, split, process, draft and submit export shipments, while the sites' inspections turn them red (for a
 * critical criterion or for an overdue correction) and green again, verified incidents open and close site reviews,
 * and the days pass. The use cases themselves run (CustodyTransfers, CustodyOperations, ExportShipping, with
 * TradeBlocks) over ports kept in memory. An oracle written from the rule, independently of TradeBlocks, says
 * which lots are blocked: a lot with any origin site under review, red today for a critical criterion, or red on the
 * production day. Every step that would consume a blocked lot is refused with a {@code lot.blocked.*} refusal and
 * changes nothing; no step on unblocked lots is ever refused as blocked.
 */
class TradeBlockProperties {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    @Provide
    Arbitrary<List<int[]>> histories() {
        return Arbitraries.integers().between(0, 9_999).array(int[].class).ofSize(6).list().ofMinSize(1)
                .ofMaxSize(60);
    }

    @Property(tries = 300)
    void noBlockedLotIsEverSoldBoughtCombinedProcessedOrExported(@ForAll("histories") List<int[]> history) {
        var world = new World();
        for (var op : history) {
            world.step(op);
        }
    }

    /**
     * The generator reaches both sides of the rule: over 200 seeded histories many steps are refused as blocked and
     * many go through, so the property above cannot pass by never meeting a blocked (or a lawful) lot.
     */
    @net.jqwik.api.Example
    void theHistoriesReachBothBlockedAndLawfulSteps() {
        var random = new java.util.Random(42);
        int blocked = 0;
        int succeeded = 0;
        for (int run = 0; run < 200; run++) {
            var world = new World();
            for (int step = 0; step < 60; step++) {
                var op = new int[6];
                for (int i = 0; i < 6; i++) {
                    op[i] = random.nextInt(10_000);
                }
                world.step(op);
            }
            blocked += world.refusedAsBlocked;
            succeeded += world.succeeded;
        }
        assertThat(blocked).isGreaterThan(100);
        assertThat(succeeded).isGreaterThan(100);
    }

    /** A mine site whose status history is the test's model; the rule reads it only through MineSite's methods. */
    static final class ModelSite extends MineSite {

        record Event(LocalDate day, SiteStatus status, boolean critical) {
        }

        private final long id;
        final List<Event> events = new ArrayList<>();

        ModelSite(long id) {
            this.id = id;
            events.add(new Event(START.minusDays(100), SiteStatus.GREEN, false));
        }

        /** The newest event on or before the day (events are added in day order; a later one the same day wins). */
        Event at(LocalDate day) {
            Event found = null;
            for (var event : events) {
                if (!event.day().isAfter(day)) {
                    found = event;
                }
            }
            return found;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getName() {
            return "Site " + id;
        }

        @Override
        public Optional<RedCause> redCauseOn(LocalDate today) {
            var event = at(today);
            return event == null || event.status() != SiteStatus.RED ? Optional.empty()
                    : Optional.of(event.critical() ? RedCause.CRITICAL_CRITERION : RedCause.CORRECTION_OVERDUE);
        }

        @Override
        public SiteStatus statusOn(LocalDate today) {
            var event = at(today);
            return event == null ? SiteStatus.BLUE : event.status();
        }

        @Override
        public LocalDate statusSinceOn(LocalDate today) {
            var event = at(today);
            return event == null ? null : event.day();
        }
    }

    static final class MovableClock extends Clock {
        Instant now = START.atStartOfDay().toInstant(ZoneOffset.UTC);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }
    }

    /** The world: organisations, sites, reviews, and the in-memory ports the use cases write to. */
    static final class World {
        final MovableClock clock = new MovableClock();
        final List<Organisation> organisations = List.of(
                OperationRulesTest.organisation(1, OrganisationType.COOPERATIVE),
                OperationRulesTest.organisation(2, OrganisationType.TRADER),
                OperationRulesTest.organisation(3, OrganisationType.EXPORTER));
        final List<ModelSite> sites = List.of(new ModelSite(101), new ModelSite(102), new ModelSite(103));
        final Set<Long> underReview = new HashSet<>();
        final List<Lot> lots = new ArrayList<>();
        final Map<Long, Lot> lotsById = new HashMap<>();
        final List<LotInput> links = new ArrayList<>();
        final List<Transfer> transfers = new ArrayList<>();
        final List<ExportShipment> shipments = new ArrayList<>();
        long ids;
        int refusedAsBlocked;
        int succeeded;

        final Lots lotPort = port(Lots.class, (method, args) -> switch (method) {
            case "add" -> {
                var lot = (Lot) args[0];
                withId(lot);
                lots.add(lot);
                lotsById.put(lot.getId(), lot);
                yield lot;
            }
            case "findById" -> Optional.ofNullable(lotsById.get((Long) args[0]));
            case "nextNumber" -> ++ids;
            default -> throw new UnsupportedOperationException(method);
        });
        final LotInputs inputPort = port(LotInputs.class, (method, args) -> switch (method) {
            case "add" -> {
                links.add((LotInput) args[0]);
                yield args[0];
            }
            default -> throw new UnsupportedOperationException(method);
        });
        final Transfers transferPort = port(Transfers.class, (method, args) -> switch (method) {
            case "add" -> {
                var transfer = (Transfer) args[0];
                withId(transfer);
                transfers.add(transfer);
                yield transfer;
            }
            case "findById" -> transfers.stream().filter(t -> t.getId().equals(args[0])).findFirst();
            default -> throw new UnsupportedOperationException(method);
        });
        final LotOperations operationPort = port(LotOperations.class, (method, args) -> args[0]);
        final Organisations organisationPort = port(Organisations.class, (method, args) -> switch (method) {
            case "findById" -> organisations.stream().filter(o -> o.getId().equals(args[0])).findFirst();
            default -> throw new UnsupportedOperationException(method);
        });
        final MineSites sitePort = port(MineSites.class, (method, args) -> switch (method) {
            case "findAllById" -> {
                var wanted = new HashSet<Long>();
                ((Iterable<?>) args[0]).forEach(id -> wanted.add((Long) id));
                yield sites.stream().filter(s -> wanted.contains(s.getId())).map(MineSite.class::cast).toList();
            }
            default -> throw new UnsupportedOperationException(method);
        });
        /** What persistence answers with SQL: every production lot upstream, its site's status on its day. */
        final LotOrigins originPort = asked -> {
            var result = new ArrayList<LotOrigins.Origin>();
            for (var id : asked) {
                var lot = lotsById.get(id);
                for (var origin : productionLots(lot)) {
                    var site = (ModelSite) origin.getSite();
                    var then = site.at(origin.getProductionDate());
                    result.add(new LotOrigins.Origin(id, lot.getLotNumber(), origin.getId(), site.getId(),
                            origin.getProductionDate(), then == null ? null : then.status(),
                            then == null ? null : then.day(), null));
                }
            }
            return result;
        };
        final SitesUnderReview reviewPort = siteIds -> {
            var result = new LinkedHashMap<Long, Long>();
            siteIds.stream().filter(underReview::contains).forEach(id -> result.put(id, 900L + id));
            return result;
        };
        final ExportShipments shipmentPort = port(ExportShipments.class, (method, args) -> switch (method) {
            case "add" -> {
                var shipment = (ExportShipment) args[0];
                withId(shipment);
                shipments.add(shipment);
                yield shipment;
            }
            case "findById" -> shipments.stream().filter(s -> s.getId().equals(args[0])).findFirst();
            default -> throw new UnsupportedOperationException(method);
        });
        final ExportDocuments documentPort = port(ExportDocuments.class, (method, args) -> switch (method) {
            case "summariesOf" -> List.of(new ExportDocumentSummary(1L, (Long) args[0], "invoice.pdf",
                    "application/pdf", 10, "exporter", Instant.EPOCH));
            default -> throw new UnsupportedOperationException(method);
        });
        final RiskAssessments riskPort = port(RiskAssessments.class, (method, args) -> switch (method) {
            case "anyStopDecision", "anyDecision" -> false;
            default -> throw new UnsupportedOperationException(method);
        });

        final TradeBlocks blocks = new TradeBlocks(originPort, sitePort, reviewPort, clock, null);
        final CustodyTransfers trading = new CustodyTransfers(lotPort, transferPort, inputPort, organisationPort,
                null, operationPort, clock, new BigDecimal("1000"), (buyer, seller, lot) -> Optional.empty(), blocks,
                // No sale here cites a contract (issue 24): the port only answers the lot page's questions.
                port(SaleContracts.class, (method, args) -> switch (method) {
                    case "citable" -> java.util.List.of();
                    case "compare" -> null;
                    default -> throw new UnsupportedOperationException(method);
                }));
        final CustodyOperations operations = new CustodyOperations(lotPort, inputPort, operationPort, clock,
                new BigDecimal("2"), null, blocks);
        final ExportShipping shipping = new ExportShipping(shipmentPort, documentPort, lotPort, inputPort,
                organisationPort, new SourcingDecisions(riskPort, null, null, null),
                // Taxes are the export feature's own rule (ExportTaxClearanceIntegrationTest); here submission only
                // publishes its event, which nothing in this property listens to.
                new org.orepass.export.ExportTaxClearance(null, null, null, null, null, event -> { }, clock, true),
                clock, 1_000_000, blocks, new BigDecimal("2"));

        void step(int[] op) {
            switch (op[0] % 10) {
                case 0, 1 -> produce(op);
                case 2 -> {
                    var lot = pick(lots, op[1]);
                    if (lot != null) {
                        var buyer = organisations.get(op[3] % 3);
                        attempt(List.of(lot), () -> trading.sell(actor(lot.getCustodian()), lot.getId(), null,
                                buyer.getId(), share(lot, op[2])));
                    }
                }
                case 3 -> {
                    var transfer = pick(pending(), op[1]);
                    if (transfer != null) {
                        attempt(List.of(transfer.getLot()), () -> trading.receive(actor(transfer.getBuyer()),
                                transfer.getId(), transfer.getMassSentKg()));
                    }
                }
                case 4 -> {
                    // Rejecting a delivery moves nothing into trade: allowed whatever the site.
                    var transfer = pick(pending(), op[1]);
                    if (transfer != null) {
                        trading.reject(actor(transfer.getBuyer()), transfer.getId(), "wet ore");
                    }
                }
                case 5 -> {
                    var taken = takes(op);
                    if (!taken.isEmpty()) {
                        attempt(lotsOf(taken), () -> operations.combine(actor(custodianOf(taken)), takes(taken),
                                "Bag", 1, occurrence()));
                    }
                }
                case 6 -> {
                    var lot = pick(lots, op[1]);
                    if (lot != null) {
                        var parts = List.of(OutputLot.of(share(lot, op[2])));
                        attempt(List.of(lot), () -> operations.split(actor(lot.getCustodian()), lot.getId(), null,
                                parts, occurrence()));
                    }
                }
                case 7 -> {
                    var taken = takes(op);
                    if (!taken.isEmpty()) {
                        var in = taken.stream().map(Transformation.Taken::kg).reduce(BigDecimal.ZERO,
                                BigDecimal::add);
                        var out = in.multiply(BigDecimal.valueOf(op[4] % 101)).divide(BigDecimal.valueOf(100), 3,
                                RoundingMode.DOWN).max(new BigDecimal("0.001"));
                        attempt(lotsOf(taken), () -> operations.process(actor(custodianOf(taken)), takes(taken),
                                List.of(OutputLot.of(out)), in.subtract(out), occurrence()));
                    }
                }
                case 8 -> export(op);
                default -> changeTheWorld(op);
            }
            clock.now = clock.now.plusSeconds(86_400L * (op[5] % 2));
        }

        private void produce(int[] op) {
            var site = sites.get(op[1] % 3);
            var custodian = organisations.get(op[2] % 3);
            // Often backdated, so that some lots were produced on days their site was red.
            var day = clock.today().minusDays(op[3] % 40);
            var lot = Lot.produced("UG-P-" + (++ids), custodian, CustodyRole.MINER, site, null,
                    new ProductionDetails("T", Mineral.CASSITERITE, BigDecimal.valueOf(10 + op[4] % 500),
                            MassUnit.KGM, null, null, null, day),
                    false, "p", Instant.EPOCH);
            lotPort.add(lot);
        }

        private void export(int[] op) {
            var exporter = organisations.get(2);
            if (op[1] % 2 == 0) {
                var held = lots.stream().filter(l -> l.getCustodian() == exporter && l.getRemainingKg().signum() > 0)
                        .toList();
                if (held.isEmpty()) {
                    return;
                }
                var chosen = new ArrayList<Lot>();
                for (int i = 0; i < Math.min(held.size(), 1 + op[2] % 2); i++) {
                    var lot = held.get((op[3] + i) % held.size());
                    if (!chosen.contains(lot)) {
                        chosen.add(lot);
                    }
                }
                var kg = new LinkedHashMap<Long, BigDecimal>();
                chosen.forEach(lot -> kg.put(lot.getId(), lot.getRemainingKg()));
                var total = kg.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                var details = new ShipmentDetails("Refinery Europe BV", "Havenstraat 1, Rotterdam", "NL", null,
                        null, null, "NL", Mineral.CASSITERITE, null, total, MassUnit.KGM, null,
                        new BigDecimal("1000"), "USD", TransportMode.ROAD, null, null, null, null, kg);
                attempt(chosen, () -> shipping.draft(actor(exporter), details));
            } else {
                var draft = pick(shipments.stream().filter(s -> s.getStatus() == ExportStatus.DRAFT).toList(),
                        op[2]);
                if (draft != null) {
                    attempt(draft.getLots().stream().map(line -> line.getLot()).toList(),
                            () -> shipping.submit(actor(exporter), draft.getId(), draft.getVersion()));
                }
            }
        }

        private void changeTheWorld(int[] op) {
            clock.now = clock.now.plusSeconds(86_400L * (op[2] % 4));
            var site = sites.get(op[1] % 3);
            var today = clock.today();
            switch (op[3] % 5) {
                case 0 -> site.events.add(new ModelSite.Event(today, SiteStatus.RED, true));
                case 1 -> site.events.add(new ModelSite.Event(today, SiteStatus.RED, false));
                case 2, 3 -> site.events.add(new ModelSite.Event(today, SiteStatus.GREEN, false));
                default -> {
                    if (!underReview.remove(site.getId())) {
                        underReview.add(site.getId());
                    }
                }
            }
        }

        /**
         * Runs a step that would move these lots: refused as blocked exactly when the oracle says one of them is
         * blocked, and then nothing changed.
         */
        private void attempt(List<Lot> consumed, Runnable step) {
            var blocked = consumed.stream().filter(this::blocked).map(Lot::getLotNumber).toList();
            var before = snapshot();
            DomainRuleViolation refusal = null;
            try {
                step.run();
            } catch (DomainRuleViolation refused) {
                refusal = refused;
            }
            var refusedAsBlocked = refusal != null && refusal.messageKey().startsWith("lot.blocked.");
            if (!blocked.isEmpty()) {
                assertThat(refusedAsBlocked).as("a step on blocked lots %s went through or was refused for "
                        + "another reason: %s", blocked, refusal == null ? null : refusal.messageKey()).isTrue();
                assertThat((String) refusal.arguments()[0]).isIn(blocked);
                assertThat(snapshot()).isEqualTo(before);
                this.refusedAsBlocked++;
            } else {
                assertThat(refusedAsBlocked).as("unblocked lots refused as blocked: %s",
                        refusal == null ? null : refusal.messageKey()).isFalse();
                if (refusal == null) {
                    succeeded++;
                }
            }
        }

        /** The rule, written again from its statement over the model (not through TradeBlocks or SiteStatusRules). */
        boolean blocked(Lot lot) {
            var today = clock.today();
            for (var origin : productionLots(lot)) {
                var site = (ModelSite) origin.getSite();
                var now = site.at(today);
                var then = site.at(origin.getProductionDate());
                if (underReview.contains(site.getId()) || (now.status() == SiteStatus.RED && now.critical())
                        || (then != null && then.status() == SiteStatus.RED)) {
                    return true;
                }
            }
            return false;
        }

        /** The production lots a lot traces back to through the recorded links (itself if it is one). */
        List<Lot> productionLots(Lot lot) {
            var result = new ArrayList<Lot>();
            var seen = new HashSet<Lot>();
            var queue = new ArrayDeque<Lot>(List.of(lot));
            while (!queue.isEmpty()) {
                var next = queue.poll();
                if (!seen.add(next)) {
                    continue;
                }
                if (next.getSite() != null) {
                    result.add(next);
                }
                links.stream().filter(link -> link.getLot() == next).forEach(link -> queue.add(link.getInputLot()));
            }
            return result;
        }

        private List<Transfer> pending() {
            return transfers.stream().filter(t -> t.getStatus() == TransferStatus.SENT).toList();
        }

        /** One to three lots of one organisation, each asked for up to 100 % of what it holds. */
        private List<Transformation.Taken> takes(int[] op) {
            var custodian = organisations.get(op[1] % 3);
            var held = lots.stream().filter(l -> l.getCustodian() == custodian && l.getRemainingKg().signum() > 0)
                    .toList();
            var taken = new ArrayList<Transformation.Taken>();
            var chosen = new HashSet<Lot>();
            for (int i = 0; i < Math.min(held.size(), 1 + op[2] % 3); i++) {
                var lot = held.get((op[3] + i) % held.size());
                if (chosen.add(lot)) {
                    taken.add(new Transformation.Taken(lot, share(lot, op[3] * (i + 1)).max(new BigDecimal("0.001"))
                            .min(lot.getRemainingKg())));
                }
            }
            return taken;
        }

        private static List<CustodyOperations.Take> takes(List<Transformation.Taken> taken) {
            return taken.stream().map(t -> new CustodyOperations.Take(t.lot().getId(), null, t.kg())).toList();
        }

        private static List<Lot> lotsOf(List<Transformation.Taken> taken) {
            return taken.stream().map(Transformation.Taken::lot).toList();
        }

        private static Organisation custodianOf(List<Transformation.Taken> taken) {
            return taken.get(0).lot().getCustodian();
        }

        private CustodyOperations.Occurrence occurrence() {
            return new CustodyOperations.Occurrence(clock.today(), null);
        }

        private static Actor actor(Organisation organisation) {
            return new Actor("user-" + organisation.getId(), organisation.getId(),
                    Set.of(Role.OPERATOR, Role.EXPORTER), null, Set.of());
        }

        private static BigDecimal share(Lot lot, int seed) {
            return lot.getRemainingKg().multiply(BigDecimal.valueOf(seed % 101)).divide(BigDecimal.valueOf(100), 3,
                    RoundingMode.DOWN);
        }

        private static <T> T pick(List<T> list, int seed) {
            return list.isEmpty() ? null : list.get(seed % list.size());
        }

        /** What a refused step must leave alone: every lot's mass, every transfer's and shipment's status. */
        private List<String> snapshot() {
            var state = new ArrayList<String>();
            lots.forEach(l -> state.add(l.getLotNumber() + "=" + l.getRemainingKg().stripTrailingZeros()
                    .toPlainString()));
            transfers.forEach(t -> state.add(t.getId() + ":" + t.getStatus()));
            shipments.forEach(s -> state.add("S" + s.getId() + ":" + s.getStatus()));
            state.add("links=" + links.size());
            return state;
        }

        private void withId(Object entity) {
            try {
                var field = entity.getClass().getDeclaredField("id");
                field.setAccessible(true);
                if (field.get(entity) == null) {
                    field.set(entity, ++ids);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        interface Answer {
            Object answer(String method, Object[] args);
        }

        @SuppressWarnings("unchecked")
        private static <T> T port(Class<T> type, Answer answer) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "toString" -> type.getSimpleName() + " in memory";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> answer.answer(method.getName(), args);
                    });
        }
    }
}
