package org.orepass.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One tax that stands between a shipment and its certificate, as revenue assessed it: an export tax of the
 * shipment (or of a refused shipment whose lot it ships again), or a royalty or fee of a production lot upstream,
 * with the receipts collected against it (ICGLR MD.13).
 */
public record ShipmentTax(long taxId, Source source, long sourceId, String reference, String taxType,
        BigDecimal amount, BigDecimal paidAmount, String currency, String taxAuthority, List<Receipt> receipts) {

    /** What the tax is charged on. */
    public enum Source {
        EXPORT,
        PRODUCTION_LOT
    }

    /** A payment as its receipt shows it. */
    public record Receipt(String reference, BigDecimal amount, String currency, LocalDate paidOn) {
    }

    public ShipmentTax {
        receipts = List.copyOf(receipts);
    }

    public BigDecimal outstanding() {
        return amount.subtract(paidAmount);
    }

    public boolean paid() {
        return outstanding().signum() <= 0;
    }
}
