package org.orepass.savings;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Equipment finance (issue 23): a loan from a lender (an organisation) to a producer organisation for a piece of
 * equipment, such as mercury-free processing, repaid in equal monthly instalments from {@code firstDueOn}.
 */
public record EquipmentLoan(long id, long lenderId, long producerId, String equipment, BigDecimal principal,
        String currency, BigDecimal annualRatePercent, int termMonths, LocalDate givenOn, LocalDate firstDueOn) {

    public LoanSchedule schedule() {
        return LoanSchedule.of(principal, annualRatePercent, termMonths, firstDueOn);
    }
}
