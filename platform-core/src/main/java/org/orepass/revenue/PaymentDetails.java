package org.orepass.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the collecting officer records from the receipt. */
public record PaymentDetails(BigDecimal amount, String currency, LocalDate paidOn, String receiptReference,
        String payer) {
}
