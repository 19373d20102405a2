package org.orepass.revenue.internal;

import org.orepass.revenue.TaxDueStatus;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the taxes list, read in one query with the payer's name. */
public record TaxDueRow(Long id, TaxSource sourceKind, Long sourceId, String reference, TaxType taxType,
        String mineral, String country, String division, String district, LocalDate dueOn, BigDecimal amount,
        BigDecimal paidAmount, String currency, TaxDueStatus status, String payerName) {
}
