package org.orepass.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.orepass.shared.DomainRuleViolation;

/**
 * Mass is conserved over any sequence of sales, receipts and rejections between a few organisations: what all
 * lots still hold, plus what is on the road, plus the weighing differences of the receipts, is what was produced;
 * and no lot ever holds a negative mass, however much the sales try to oversell.
 */
class TransferMassBalanceProperties {

    private static final BigDecimal TOLERANCE = new BigDecimal("2");

    @Provide
    Arbitrary<List<int[]>> operations() {
        return Arbitraries.integers().between(0, 999).array(int[].class).ofSize(4).list().ofMaxSize(80);
    }

    @Property(tries = 300)
    void massIsConservedAndNeverNegative(@ForAll("operations") List<int[]> operations) {
        var organisations = List.of(TransferRulesTest.organisation(1), TransferRulesTest.organisation(2),
                TransferRulesTest.organisation(3));
        var lots = new ArrayList<Lot>();
        lots.add(TransferRulesTest.lot(organisations.get(0), "1000"));
        lots.add(TransferRulesTest.lot(organisations.get(1), "250.5"));
        var produced = new BigDecimal("1250.5");
        var transfers = new ArrayList<Transfer>();
        for (var op : operations) {
            try {
                switch (op[0] % 3) {
                    case 0 -> {
                        var lot = lots.get(op[1] % lots.size());
                        // Up to 120 % of what remains, so some sales try to oversell.
                        var mass = lot.getRemainingKg().multiply(BigDecimal.valueOf(op[2] % 121))
                                .divide(BigDecimal.valueOf(100), 3, RoundingMode.DOWN);
                        var before = lot.getRemainingKg();
                        try {
                            transfers.add(Transfer.sale(lot, organisations.get(op[3] % 3), mass, "s",
                                    TransferRulesTest.TODAY, Instant.EPOCH));
                        } catch (DomainRuleViolation refused) {
                            assertThat(lot.getRemainingKg()).isEqualByComparingTo(before);
                            throw refused;
                        }
                    }
                    case 1 -> {
                        if (transfers.isEmpty()) {
                            continue;
                        }
                        var transfer = transfers.get(op[1] % transfers.size());
                        // Weighed between 95 % and 105 % of what was sent.
                        var weighed = transfer.getMassSentKg().multiply(BigDecimal.valueOf(950 + op[2] % 101))
                                .divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP);
                        if (weighed.signum() <= 0) {
                            continue;
                        }
                        transfer.receive(weighed, TOLERANCE, "b", TransferRulesTest.TODAY);
                        var lot = Lot.purchased("n", transfer.getBuyer(), transfer.getLot(), weighed, "b",
                                Instant.EPOCH);
                        transfer.receivedAs(lot);
                        lots.add(lot);
                    }
                    default -> {
                        if (transfers.isEmpty()) {
                            continue;
                        }
                        transfers.get(op[1] % transfers.size()).reject("no", "b", TransferRulesTest.TODAY);
                    }
                }
            } catch (DomainRuleViolation refused) {
                // Overselling, selling to oneself, handling a transfer twice: refused, nothing changed.
            }
            assertBalance(lots, transfers, produced);
        }
    }

    private static void assertBalance(List<Lot> lots, List<Transfer> transfers, BigDecimal produced) {
        var held = BigDecimal.ZERO;
        for (var lot : lots) {
            assertThat(lot.getRemainingKg()).isNotNegative();
            assertThat(lot.getRemainingKg()).isLessThanOrEqualTo(lot.getMassKg());
            held = held.add(lot.getRemainingKg());
        }
        var onTheRoad = BigDecimal.ZERO;
        var weighingDifferences = BigDecimal.ZERO;
        for (var transfer : transfers) {
            switch (transfer.getStatus()) {
                case SENT -> onTheRoad = onTheRoad.add(transfer.getMassSentKg());
                case RECEIVED -> weighingDifferences = weighingDifferences.add(transfer.getDifferenceKg());
                case REJECTED -> {
                }
            }
        }
        assertThat(held.add(onTheRoad).subtract(weighingDifferences)).isEqualByComparingTo(produced);
    }
}
