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
        List<Balance> balances, List<Entry> entries, boolean entriesCut, List<Imported> imported) {

    public Logbook {
        balances = List.copyOf(balances);
        entries = List.copyOf(entries);
        imported = List.copyOf(imported);
    }

    /**
     * Kilograms imported in the period of one mineral from one country of origin (issue 14): the import lots that
     * crossed then, each traced to its origins ({@link Trace#countries()}), so a re-export's mixed origins are kept.
     */
    public record Imported(Mineral mineral, String originCountry, BigDecimal massKg) {
    }

    /**
     * One mineral's figures; closing = opening + everything in − everything out. {@code production} is what was
     * mined here, {@code imports} what crossed the border into the stock (issue 14), never counted as production.
     */
    public record Balance(Mineral mineral, BigDecimal opening, BigDecimal production, BigDecimal purchases,
            BigDecimal imports, BigDecimal sales, BigDecimal returned, BigDecimal processingIn,
            BigDecimal processingOut,
            BigDecimal exports) {

        public BigDecimal closing() {
            return opening.add(production).add(purchases).add(imports).add(returned).add(processingOut).subtract(sales)
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
