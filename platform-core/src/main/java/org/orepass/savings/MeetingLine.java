package org.orepass.savings;

import java.math.BigDecimal;

/**
 * What one member did at a meeting, as the recorder types it on the meeting form (one row per member): present or
 * not, shares bought, whether the social-fund contribution was paid, and the amounts of a fine, a repayment, a new
 * loan and a social-fund grant (null or zero: none).
 */
public record MeetingLine(long memberId, boolean present, Integer shares, boolean socialFund, BigDecimal fine,
        BigDecimal repayment, BigDecimal loan, BigDecimal grant) {

    public int sharesOrZero() {
        return shares == null ? 0 : shares;
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
