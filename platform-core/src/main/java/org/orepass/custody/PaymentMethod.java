package org.orepass.custody;

/**
 * How a purchase was paid. Cash matters to due diligence: the OECD guidance lists cash-intensive trade as a red flag
 * for gold, so a large cash payment for gold flags the buyer's and its customers' risk assessments.
 */
public enum PaymentMethod {
    CASH,
    BANK_TRANSFER,
    MOBILE_MONEY,
    OTHER
}
