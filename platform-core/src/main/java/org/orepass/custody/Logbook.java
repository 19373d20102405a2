package org.orepass.custody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.orepass.site.Mineral;

/**
 * An organisation's logbook for a period: per mineral, the stock at the start, what came in and went out, and the
 * stock at the end, with the entries behind the figures. All masses are kilograms, positive; the direction is the
 * entry's kind. {@code entriesCut} says the entries were cut at the limit asked for (the CSV has them all).
 */
public record Logbook(Long organisationId, String organisationName, LocalDate from, LocalDate to,
        List<Balance> balances, List<Entry> entries, boolean entriesCut) {

    public Logbook {
        balances = List.copyOf(balances);
        entries = List.copyOf(entries);
    }

    /** One mineral's figures; closing = opening + everything in − everything out. */
    public record Balance(Mineral mineral, BigDecimal opening, BigDecimal production, BigDecimal purchases,
            BigDecimal sales, BigDecimal returned, BigDecimal processingIn, BigDecimal processingOut,
            BigDecimal exports) {

        public BigDecimal closing() {
            return opening.add(production).add(purchases).add(returned).add(processingOut).subtract(sales)
                    .subtract(processingIn).subtract(exports);
        }

        /**
         * What processing lost (or, if negative, gained) of this mineral: inputs taken minus lots made. A process
         * that turns one mineral into another (ore into metal) shows under each mineral separately.
         */
        public BigDecimal losses() {
            return processingIn.subtract(processingOut);
        }

        public boolean hasProcessing() {
            return processingIn.signum() != 0 || processingOut.signum() != 0;
        }
    }

    /** One line: the day, what happened, the lot, the other party (or site, or lot made), and the mass. */
    public record Entry(LocalDate day, LogbookEntryKind kind, String lotNumber, String counterpart, Mineral mineral,
            BigDecimal massKg) {
    }
}
